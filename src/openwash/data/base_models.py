"""The table data/base_models.yml (see openwash.datatables): YAML is the text it was made from,
data() the table PyYAML reads from it.

Written by ``python -m openwash.datatables --write``; do not edit."""

# ruff: noqa

YAML = (
    '# Well-known base models and what a fine-tune inherits from them.\n'
    '# match: regular expressions tried (in order of the entries, first hit wins) on a base_model value or on\n'
    '#        the name after "fine-tuned from" / "based on" in the text.  More specific entries come first\n'
    '#        (TinyLlama and OpenLLaMA before Llama; Code Llama before Llama 2).\n'
    '# license/category: the terms the base weights are released under (openwash categories).\n'
    "# data_open: whether the base's training data is published, or documented well enough to rebuild it.\n"
    '# orgs: the model-hub organizations (and GitHub owners) that release the base; a repository of one of them, or\n'
    '#       one that links weights hosted by one of them, releases the base itself (it is its own, not a base).\n'
    '# source: where this was checked (Nov 2026).\n'
    'bases:\n'
    '  - name: TinyLlama\n'
    '    orgs: [tinyllama, jzhang38]\n'
    "    match: ['tinyllama']\n"
    '    license: Apache-2.0\n'
    '    category: osi\n'
    '    data_open: true\n'
    '    source: jzhang38/TinyLlama README (SlimPajama + StarCoderData, training code released)\n'
    '  - name: OpenLLaMA\n'
    '    orgs: [openlm-research]\n'
    "    match: ['open_?llama', 'openlm-research']\n"
    '    license: Apache-2.0\n'
    '    category: osi\n'
    '    data_open: true\n'
    '    source: openlm-research/open_llama README (RedPajama; EasyLM)\n'
    '  - name: Code Llama\n'
    '    orgs: [meta-llama, codellama, facebook, facebookresearch]\n'
    "    match: ['code ?llama', 'codellama']\n"
    '    license: LicenseRef-openwash-llama2\n'
    '    category: restricted\n'
    '    data_open: false\n'
    '    source: meta-llama/codellama LICENSE (Llama 2 Community License); paper gives no data release\n'
    '  - name: Vicuna\n'
    '    orgs: [lmsys, lm-sys]\n'
    "    match: ['vicuna']\n"
    '    license: LicenseRef-openwash-llama2\n'
    '    category: restricted\n'
    '    data_open: false\n'
    '    source: lmsys/vicuna cards (Llama base; ShareGPT conversations not released, FastChat README)\n'
    '  - name: Llama 2\n'
    '    orgs: [meta-llama, facebook, facebookresearch]\n'
    "    match: ['llama[- ]?2', 'llama2']\n"
    '    license: LicenseRef-openwash-llama2\n'
    '    category: restricted\n'
    '    data_open: false\n'
    '    source: meta-llama/llama-models models/llama2/LICENSE; MODEL_CARD ("publicly available sources")\n'
    '  - name: Llama 4\n'
    '    orgs: [meta-llama]\n'
    "    match: ['llama[- ]?4', 'llama4']\n"
    '    license: LicenseRef-openwash-llama4\n'
    '    category: restricted\n'
    '    data_open: false\n'
    '    source: meta-llama/llama-models models/llama4/LICENSE; model card (data undisclosed)\n'
    '  - name: Llama 3\n'
    '    orgs: [meta-llama]\n'
    "    match: ['llama[- ]?3', 'llama3']\n"
    '    license: LicenseRef-openwash-llama3\n'
    '    category: restricted\n'
    '    data_open: false\n'
    '    source: meta-llama/llama-models models/llama3*/LICENSE; model cards (data undisclosed)\n'
    '  - name: LLaMA (1)\n'
    '    orgs: [meta-llama, facebook, facebookresearch]\n'
    "    match: ['llama[- ]?(?:1\\b|7b|13b|30b|33b|65b)', 'decapoda', 'huggyllama', '^(?:the )?llama(?: model)?$']\n"
    '    license: LicenseRef-openwash-llama1\n'
    '    category: non-commercial\n'
    '    data_open: false\n'
    '    source: LLaMA 1 non-commercial research license (Feb 2023); data described by category only\n'
    '  - name: Mistral 7B / Mixtral\n'
    '    orgs: [mistralai]\n'
    "    match: ['mistral', 'mixtral']\n"
    '    license: Apache-2.0\n'
    '    category: osi\n'
    '    data_open: false\n'
    '    source: mistralai model cards (Apache-2.0; no training data disclosed)\n'
    '  - name: Gemma\n'
    '    orgs: [google, google-deepmind]\n'
    "    match: ['gemma']\n"
    '    license: LicenseRef-openwash-gemma\n'
    '    category: restricted\n'
    '    data_open: false\n'
    '    source: ai.google.dev/gemma/terms; gemma-2b-it card (data by category only)\n'
    '  - name: Qwen\n'
    '    orgs: [qwen, qwenlm, alibaba]\n'
    "    match: ['qwen']\n"
    '    license: LicenseRef-openwash-tongyi-qianwen\n'
    '    category: restricted\n'
    '    data_open: false\n'
    '    source: QwenLM/Qwen "Tongyi Qianwen LICENSE AGREEMENT" (later Qwen2.5/3 sizes Apache-2.0; data undisclosed)\n'
    '  - name: Yi\n'
    '    orgs: [01-ai]\n'
    "    match: ['(?:^|/|\\s)yi-(?:\\d|large|lightning|coder)', '01-ai']\n"
    '    license: LicenseRef-openwash-yi\n'
    '    category: restricted\n'
    '    data_open: false\n'
    '    source: 01-ai/Yi MODEL_LICENSE_AGREEMENT (Yi Series Models Community License until Nov 2023, then Apache-2.0); data undisclosed\n'
    '  - name: Falcon\n'
    '    orgs: [tiiuae]\n'
    "    match: ['\\bfalcon\\b']\n"
    '    license: LicenseRef-openwash-falcon\n'
    '    category: restricted\n'
    '    data_open: false\n'
    '    source: tiiuae Falcon-180B TII license (7B/40B Apache-2.0); RefinedWeb only partly released\n'
    '  - name: Phi\n'
    '    orgs: [microsoft]\n'
    "    match: ['phi-?[1-4]', 'microsoft/phi']\n"
    '    license: MIT\n'
    '    category: osi\n'
    '    data_open: false\n'
    '    source: microsoft/phi-2 model card (MIT; synthetic training data not released)\n'
    '  - name: DeepSeek\n'
    '    orgs: [deepseek-ai]\n'
    "    match: ['deepseek']\n"
    '    license: LicenseRef-openwash-deepseek\n'
    '    category: restricted\n'
    '    data_open: false\n'
    '    source: deepseek-ai LICENSE-MODEL (DeepSeek License Agreement; R1/V3-0324 later MIT); data undisclosed\n'
    '  - name: Baichuan\n'
    '    orgs: [baichuan-inc]\n'
    "    match: ['baichuan']\n"
    '    license: LicenseRef-openwash-baichuan\n'
    '    category: restricted\n'
    '    data_open: false\n'
    '    source: baichuan-inc/Baichuan2 README (Baichuan 2 Community License; commercial use by application)\n'
    '  - name: ChatGLM / GLM\n'
    '    orgs: [thudm, zai-org, thudm-chatglm]\n'
    "    match: ['chatglm', 'glm-4', 'glm-130b']\n"
    '    license: LicenseRef-openwash-chatglm\n'
    '    category: restricted\n'
    '    data_open: false\n'
    '    source: THUDM/ChatGLM-6B MODEL_LICENSE\n'
    '  - name: OPT\n'
    '    orgs: [facebook, facebookresearch]\n'
    "    match: ['facebook/opt', '\\bopt-\\d']\n"
    '    license: LicenseRef-openwash-fair-noncommercial-research-license\n'
    '    category: non-commercial\n'
    '    data_open: false\n'
    '    source: facebookresearch/metaseq OPT-175B license (non-commercial research)\n'
    '  - name: GPT-2\n'
    '    orgs: [openai, openai-community]\n'
    "    match: ['gpt-?2']\n"
    '    license: MIT\n'
    '    category: osi\n'
    '    data_open: false\n'
    '    source: openai/gpt-2 LICENSE (modified MIT); WebText not released\n'
    '  - name: StarCoder\n'
    '    orgs: [bigcode]\n'
    "    match: ['starcoder', 'santacoder']\n"
    '    license: LicenseRef-openwash-bigcode-openrail-m\n'
    '    category: restricted\n'
    '    data_open: true\n'
    '    source: bigcode model cards (BigCode OpenRAIL-M; The Stack is published)\n'
    '  - name: BLOOM\n'
    '    orgs: [bigscience, bigscience-workshop]\n'
    "    match: ['\\bbloomz?\\b', 'bigscience/bloom']\n"
    '    license: LicenseRef-openwash-bigscience-bloom-rail-1.0\n'
    '    category: restricted\n'
    '    data_open: true\n'
    '    source: bigscience/bloom card (BigScience RAIL 1.0; ROOTS documented)\n'
    '  - name: MPT\n'
    '    orgs: [mosaicml, databricks]\n'
    "    match: ['\\bmpt-\\d', 'mosaicml/mpt']\n"
    '    license: Apache-2.0\n'
    '    category: osi\n'
    '    data_open: false\n'
    '    source: mosaicml/mpt-7b card (Apache-2.0; data mix named but not released as used)\n'
    '  - name: StableLM\n'
    '    orgs: [stabilityai, stability-ai]\n'
    "    match: ['stablelm']\n"
    '    license: CC-BY-SA-4.0\n'
    '    category: open-data\n'
    '    data_open: false\n'
    '    source: Stability-AI/StableLM README (base CC BY-SA-4.0; "internal datasets" in the mix)\n'
    '  - name: Pythia / GPT-NeoX / GPT-J\n'
    '    orgs: [eleutherai]\n'
    "    match: ['pythia', 'gpt-?neox', 'gpt-?j\\b']\n"
    '    license: Apache-2.0\n'
    '    category: osi\n'
    '    data_open: true\n'
    '    source: EleutherAI/pythia README (the Pile, data order released)\n'
    '  - name: OLMo\n'
    '    orgs: [allenai]\n'
    "    match: ['\\bolmo\\b']\n"
    '    license: Apache-2.0\n'
    '    category: osi\n'
    '    data_open: true\n'
    '    source: allenai/OLMo README (Dolma / OLMo-mix)\n'
    '  - name: Amber / LLM360\n'
    '    orgs: [llm360]\n'
    "    match: ['llm360', '\\bamber\\b']\n"
    '    license: Apache-2.0\n'
    '    category: osi\n'
    '    data_open: true\n'
    '    source: LLM360/amber-train README (AmberDatasets)\n'
    '  - name: SmolLM\n'
    '    orgs: [huggingfacetb, huggingface]\n'
    "    match: ['smollm']\n"
    '    license: Apache-2.0\n'
    '    category: osi\n'
    '    data_open: true\n'
    '    source: huggingface/smollm README (public data mixture and configs)\n'
)


def data():
    return {
        'bases': [{'name': 'TinyLlama', 'orgs': ['tinyllama', 'jzhang38'], 'match': ['tinyllama'], 'license': 'Apache-2.0', 'category': 'osi', 'data_open': True, 'source': 'jzhang38/TinyLlama README (SlimPajama + StarCoderData, training code released)'}, {'name': 'OpenLLaMA', 'orgs': ['openlm-research'], 'match': ['open_?llama', 'openlm-research'], 'license': 'Apache-2.0', 'category': 'osi', 'data_open': True, 'source': 'openlm-research/open_llama README (RedPajama; EasyLM)'}, {'name': 'Code Llama', 'orgs': ['meta-llama', 'codellama', 'facebook', 'facebookresearch'], 'match': ['code ?llama', 'codellama'], 'license': 'LicenseRef-openwash-llama2', 'category': 'restricted', 'data_open': False, 'source': 'meta-llama/codellama LICENSE (Llama 2 Community License); paper gives no data release'}, {'name': 'Vicuna', 'orgs': ['lmsys', 'lm-sys'], 'match': ['vicuna'], 'license': 'LicenseRef-openwash-llama2', 'category': 'restricted', 'data_open': False, 'source': 'lmsys/vicuna cards (Llama base; ShareGPT conversations not released, FastChat README)'}, {'name': 'Llama 2', 'orgs': ['meta-llama', 'facebook', 'facebookresearch'], 'match': ['llama[- ]?2', 'llama2'], 'license': 'LicenseRef-openwash-llama2', 'category': 'restricted', 'data_open': False, 'source': 'meta-llama/llama-models models/llama2/LICENSE; MODEL_CARD ("publicly available sources")'}, {'name': 'Llama 4', 'orgs': ['meta-llama'], 'match': ['llama[- ]?4', 'llama4'], 'license': 'LicenseRef-openwash-llama4', 'category': 'restricted', 'data_open': False, 'source': 'meta-llama/llama-models models/llama4/LICENSE; model card (data undisclosed)'}, {'name': 'Llama 3', 'orgs': ['meta-llama'], 'match': ['llama[- ]?3', 'llama3'], 'license': 'LicenseRef-openwash-llama3', 'category': 'restricted', 'data_open': False, 'source': 'meta-llama/llama-models models/llama3*/LICENSE; model cards (data undisclosed)'}, {'name': 'LLaMA (1)', 'orgs': ['meta-llama', 'facebook', 'facebookresearch'], 'match': ['llama[- ]?(?:1\\b|7b|13b|30b|33b|65b)', 'decapoda', 'huggyllama', '^(?:the )?llama(?: model)?$'], 'license': 'LicenseRef-openwash-llama1', 'category': 'non-commercial', 'data_open': False, 'source': 'LLaMA 1 non-commercial research license (Feb 2023); data described by category only'}, {'name': 'Mistral 7B / Mixtral', 'orgs': ['mistralai'], 'match': ['mistral', 'mixtral'], 'license': 'Apache-2.0', 'category': 'osi', 'data_open': False, 'source': 'mistralai model cards (Apache-2.0; no training data disclosed)'}, {'name': 'Gemma', 'orgs': ['google', 'google-deepmind'], 'match': ['gemma'], 'license': 'LicenseRef-openwash-gemma', 'category': 'restricted', 'data_open': False, 'source': 'ai.google.dev/gemma/terms; gemma-2b-it card (data by category only)'}, {'name': 'Qwen', 'orgs': ['qwen', 'qwenlm', 'alibaba'], 'match': ['qwen'], 'license': 'LicenseRef-openwash-tongyi-qianwen', 'category': 'restricted', 'data_open': False, 'source': 'QwenLM/Qwen "Tongyi Qianwen LICENSE AGREEMENT" (later Qwen2.5/3 sizes Apache-2.0; data undisclosed)'}, {'name': 'Yi', 'orgs': ['01-ai'], 'match': ['(?:^|/|\\s)yi-(?:\\d|large|lightning|coder)', '01-ai'], 'license': 'LicenseRef-openwash-yi', 'category': 'restricted', 'data_open': False, 'source': '01-ai/Yi MODEL_LICENSE_AGREEMENT (Yi Series Models Community License until Nov 2023, then Apache-2.0); data undisclosed'}, {'name': 'Falcon', 'orgs': ['tiiuae'], 'match': ['\\bfalcon\\b'], 'license': 'LicenseRef-openwash-falcon', 'category': 'restricted', 'data_open': False, 'source': 'tiiuae Falcon-180B TII license (7B/40B Apache-2.0); RefinedWeb only partly released'}, {'name': 'Phi', 'orgs': ['microsoft'], 'match': ['phi-?[1-4]', 'microsoft/phi'], 'license': 'MIT', 'category': 'osi', 'data_open': False, 'source': 'microsoft/phi-2 model card (MIT; synthetic training data not released)'}, {'name': 'DeepSeek', 'orgs': ['deepseek-ai'], 'match': ['deepseek'], 'license': 'LicenseRef-openwash-deepseek', 'category': 'restricted', 'data_open': False, 'source': 'deepseek-ai LICENSE-MODEL (DeepSeek License Agreement; R1/V3-0324 later MIT); data undisclosed'}, {'name': 'Baichuan', 'orgs': ['baichuan-inc'], 'match': ['baichuan'], 'license': 'LicenseRef-openwash-baichuan', 'category': 'restricted', 'data_open': False, 'source': 'baichuan-inc/Baichuan2 README (Baichuan 2 Community License; commercial use by application)'}, {'name': 'ChatGLM / GLM', 'orgs': ['thudm', 'zai-org', 'thudm-chatglm'], 'match': ['chatglm', 'glm-4', 'glm-130b'], 'license': 'LicenseRef-openwash-chatglm', 'category': 'restricted', 'data_open': False, 'source': 'THUDM/ChatGLM-6B MODEL_LICENSE'}, {'name': 'OPT', 'orgs': ['facebook', 'facebookresearch'], 'match': ['facebook/opt', '\\bopt-\\d'], 'license': 'LicenseRef-openwash-fair-noncommercial-research-license', 'category': 'non-commercial', 'data_open': False, 'source': 'facebookresearch/metaseq OPT-175B license (non-commercial research)'}, {'name': 'GPT-2', 'orgs': ['openai', 'openai-community'], 'match': ['gpt-?2'], 'license': 'MIT', 'category': 'osi', 'data_open': False, 'source': 'openai/gpt-2 LICENSE (modified MIT); WebText not released'}, {'name': 'StarCoder', 'orgs': ['bigcode'], 'match': ['starcoder', 'santacoder'], 'license': 'LicenseRef-openwash-bigcode-openrail-m', 'category': 'restricted', 'data_open': True, 'source': 'bigcode model cards (BigCode OpenRAIL-M; The Stack is published)'}, {'name': 'BLOOM', 'orgs': ['bigscience', 'bigscience-workshop'], 'match': ['\\bbloomz?\\b', 'bigscience/bloom'], 'license': 'LicenseRef-openwash-bigscience-bloom-rail-1.0', 'category': 'restricted', 'data_open': True, 'source': 'bigscience/bloom card (BigScience RAIL 1.0; ROOTS documented)'}, {'name': 'MPT', 'orgs': ['mosaicml', 'databricks'], 'match': ['\\bmpt-\\d', 'mosaicml/mpt'], 'license': 'Apache-2.0', 'category': 'osi', 'data_open': False, 'source': 'mosaicml/mpt-7b card (Apache-2.0; data mix named but not released as used)'}, {'name': 'StableLM', 'orgs': ['stabilityai', 'stability-ai'], 'match': ['stablelm'], 'license': 'CC-BY-SA-4.0', 'category': 'open-data', 'data_open': False, 'source': 'Stability-AI/StableLM README (base CC BY-SA-4.0; "internal datasets" in the mix)'}, {'name': 'Pythia / GPT-NeoX / GPT-J', 'orgs': ['eleutherai'], 'match': ['pythia', 'gpt-?neox', 'gpt-?j\\b'], 'license': 'Apache-2.0', 'category': 'osi', 'data_open': True, 'source': 'EleutherAI/pythia README (the Pile, data order released)'}, {'name': 'OLMo', 'orgs': ['allenai'], 'match': ['\\bolmo\\b'], 'license': 'Apache-2.0', 'category': 'osi', 'data_open': True, 'source': 'allenai/OLMo README (Dolma / OLMo-mix)'}, {'name': 'Amber / LLM360', 'orgs': ['llm360'], 'match': ['llm360', '\\bamber\\b'], 'license': 'Apache-2.0', 'category': 'osi', 'data_open': True, 'source': 'LLM360/amber-train README (AmberDatasets)'}, {'name': 'SmolLM', 'orgs': ['huggingfacetb', 'huggingface'], 'match': ['smollm'], 'license': 'Apache-2.0', 'category': 'osi', 'data_open': True, 'source': 'huggingface/smollm README (public data mixture and configs)'}],
    }
