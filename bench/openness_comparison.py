"""openwash's MOF class and OSAI parameters beside the Model Openness Tool's and the OSAI index's ratings.

    python bench/openness_comparison.py --corpus DIR --cards DIR --mot DIR --osai DIR

--corpus: the materialized corpus repositories (python ../shared/corpus/materialize.py DIR); --cards: the
corpus's model cards (../shared/corpus/modelcards); --mot: the ``models/`` folder of
lfai/model_openness_tool (its hand-filled MOF YAML files); --osai: the entries of
Language-Technology-Assessment/main-database.  Neither third-party folder is part of openwash; read them from
your own checkouts.  The MOT's class is computed from its YAML with openwash's evaluator (the same class as the
tool's own evaluator on all 27 of its test listings); the OSAI ratings are the index's own.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

# corpus folder -> (MOT listing, OSAI entry); "" where the registry has no listing
PAIRS: list[tuple[str, str, str]] = [
    ("modelcards/amber", "Amber.yml", "amber.yaml"),
    ("repos/LLM360__amber-train", "Amber.yml", "amber.yaml"),
    ("repos/allenai__OLMo", "OLMo-7B.yml", "OLMo.yaml"),
    ("modelcards/pythia-12b", "Pythia-12B.yml", "Pythia.yaml"),
    ("repos/EleutherAI__pythia", "Pythia-12B.yml", "Pythia.yaml"),
    ("modelcards/llama-3-8b-instruct", "Llama-3-8B-Instruct.yml", "llama-3-instruct.yaml"),
    ("repos/meta-llama__llama3", "Llama-3-8B.yml", "llama-3-instruct.yaml"),
    ("repos/openlm-research__open_llama", "OpenLLaMA.yml", ""),
    ("modelcards/phi-2", "Phi-2.yml", "Phi.yaml"),
    ("modelcards/mixtral-8x7b-instruct-v0.1", "Mixtral-8x7B-Instruct-v0.1.yml", "Mistral.yaml"),
    ("modelcards/gemma-2b-it", "gemma-2b.yml", "Gemma.yaml"),
    ("modelcards/yi-34b", "Yi-1.5.yml", "Yi.yaml"),
    ("modelcards/zephyr-7b-beta", "", "Zephyr.yaml"),
    ("modelcards/tulu-2-dpo-70b", "", "Tulu.yaml"),
    ("modelcards/vicuna-13b-v1.5", "", "Vicuna.yaml"),
    ("modelcards/stable-vicuna-13b", "", "stablevicuna.yaml"),
    ("modelcards/santacoder-megatron", "SantaCoder.yml", ""),
    ("repos/EleutherAI__gpt-neox", "GPT-NeoX-20B.yml", ""),
    ("repos/xai-org__grok-1", "Grok-1.yml", "Grok.yaml"),
    ("repos/Snowflake-Labs__snowflake-arctic", "Arctic-Instruct.yml", "Snowflake Arctic.yaml"),
    ("repos/deepseek-ai__DeepSeek-V3", "DeepSeek-V3.yml", "deepseek-v3.yaml"),
    ("repos/deepseek-ai__DeepSeek-R1", "DeepSeek-R1.yml", "deepseek-R1.yaml"),
    ("repos/apple__corenet", "OpenELM-3B-Instruct.yml", "OpenELM.yaml"),
    ("repos/QwenLM__Qwen", "Qwen-14B.yml", "Qwen.yaml"),
    ("repos/bigscience-workshop__bigscience", "BLOOM.yml", "bloomz.yaml"),
    ("repos/Stability-AI__StableLM", "StableLM.yml", ""),
    ("repos/databrickslabs__dolly", "", "dolly.yaml"),
    ("repos/huggingface__smollm", "", "smollm.yaml"),
    ("repos/openai__gpt-oss", "", "GPT-OSS.yaml"),
    ("repos/baichuan-inc__Baichuan2", "", "Baichuan.yaml"),
]


def openwash_view(folder: Path):
    from openwash.components import build
    from openwash.engine import run
    from openwash.export import mof, osai
    from openwash.policy import resolve

    result = run(folder, resolve(folder, "builtin:default", offline=True))
    release = build(result)
    ev = mof.evaluate(mof.document(release, result))
    return release, ev, osai.entry(release, result)


def main(argv: list[str] | None = None) -> int:
    from openwash.export import mof, osai

    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True, type=Path)
    ap.add_argument("--cards", required=True, type=Path)
    ap.add_argument("--mot", required=True, type=Path)
    ap.add_argument("--osai", required=True, type=Path)
    args = ap.parse_args(argv)
    refs = [ref for _g, ref, _n in osai.PARAMETERS]
    print("| corpus folder | openwash MOF | first unmet (openwash) | MOT class (its listing) | MOT lists, openwash "
          "does not | OSAI parameters differing (openwash/index) |")
    print("|---|---|---|---|---|---|")
    for folder, mot_file, osai_file in PAIRS:
        kind, name = folder.split("/")
        path = (args.cards if kind == "modelcards" else args.corpus) / name
        if not path.is_dir():
            print(f"| {folder} | (not in corpus) | | | | |")
            continue
        release, ev, entry = openwash_view(path)
        mot_cell = missing_cell = "—"
        if mot_file and (args.mot / mot_file).is_file():
            mot_doc = yaml.safe_load((args.mot / mot_file).read_text(encoding="utf-8"))
            mev = mof.evaluate(mot_doc)
            mot_cell = f"{mev.label} ({mot_file[:-4]})"
            ours = {c.name for c in release.components if c.in_mof}
            theirs = {n for n, s in mev.status.items() if s != "missing"}
            missing_cell = ", ".join(sorted(theirs - ours)) or "—"
        osai_cell = "—"
        if osai_file and (args.osai / osai_file).is_file():
            index = yaml.safe_load((args.osai / osai_file).read_text(encoding="utf-8"))
            diffs = []
            same = 0
            for ref in refs:
                theirs_cls = (index.get(ref) or {}).get("class", "?")
                ours_cls = entry[ref]["class"]
                if theirs_cls == ours_cls:
                    same += 1
                else:
                    diffs.append(f"{ref} {ours_cls}/{theirs_cls}")
            osai_cell = f"{same}/12 same; " + ("; ".join(diffs) if diffs else "none differ")
        print(f"| {folder} | {ev.label} | {ev.unmet or '—'} | {mot_cell} | {missing_cell} | {osai_cell} |")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    sys.exit(main())
