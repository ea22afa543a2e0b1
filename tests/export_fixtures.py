"""A small, fully open model release written for these tests, with switches that take parts away."""

from __future__ import annotations

MIT = """MIT License

Copyright (c) 2026 Fern developers

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

DATA_CARD = """# Fern corpus: data card

## Motivation
The Fern corpus was assembled to train small language models whose every training document can be inspected.

## Composition
It holds 120 billion tokens of English web text, public-domain books and permissively licensed source code,
split into 4,000 shards of JSON lines with a document id, the source URL and the text.

## Collection process
Web pages come from two crawl snapshots; books from public-domain archives; code from repositories under
permissive licenses only.

## Preprocessing
Language identification, exact and near-duplicate removal, and a quality filter; the scripts are in data_prep/.

## Uses
Pretraining language models. Not for identifying people.

## Distribution
The shards are published on the hub under CC-BY-4.0.

## Maintenance
The Fern developers answer issues in this repository.
"""


def release(*, datasets: bool = True, training_code: bool = True, eval_results: bool = True,
            tech_report: bool = True, paper: bool = True, license_id: str = "mit", license_text: bool = True,
            gated: bool = False, intermediate: str = "revision", architecture: bool = True, usage: bool = True,
            monetised: bool = False, copyright_policy: bool = True, data_card: bool = True,
            weights: bool = True, base_model: str = "", hub_card: bool = True, policy: str = "") -> dict[str, str]:
    """The files of the release; each switch removes or changes one part."""
    fm = [f"license: {license_id}", "library_name: transformers" if architecture and hub_card else "",
          "pipeline_tag: text-generation" if hub_card else ""]
    if datasets:
        fm += ["datasets:", "- acme-example/fern-corpus"]
    if base_model:
        fm += [f"base_model: {base_model}"]
    if gated:
        fm += ["extra_gated_prompt: You agree to share your contact information to access this model."]
    if eval_results:
        fm += ["model-index:", "- name: Fern-1B", "  results:", "  - task:", "      type: text-generation",
               "    dataset:", "      name: ARC Challenge", "      type: ai2_arc", "    metrics:",
               "    - type: accuracy", "      value: 41.2"]
    body = ["# Fern-1B", "", "Fern-1B is a small language model trained by the Fern developers.", ""]
    if architecture:
        body += ["## Model architecture", "", "A decoder-only transformer with 24 layers, hidden size 2048, 16 "
                 "attention heads, rotary position embeddings and a context length of 4096 tokens.", ""]
    if usage:
        body += ["## How to use", "", "```python", "from transformers import AutoModelForCausalLM",
                 'model = AutoModelForCausalLM.from_pretrained("acme-example/fern-1b")', "```", ""]
    if weights:
        body += ["## Weights", "", "The weights are on [Hugging Face](https://huggingface.co/acme-example/fern-1b)."]
        if intermediate == "revision":
            body += ["Intermediate checkpoints are published as revisions, for example "
                     "[step 1000](https://huggingface.co/acme-example/fern-1b/tree/step1000)."]
        elif intermediate == "wording":
            body += ["We saved checkpoints every 1000 steps during training."]
        elif intermediate == "code":
            body += ["", "```python", 'AutoModelForCausalLM.from_pretrained("acme-example/fern-1b", '
                     'revision="step3000")', "```"]
        body += [""]
    if datasets:
        body += ["## Training data", "", "Fern-1B was trained on the "
                 "[Fern corpus](https://huggingface.co/datasets/acme-example/fern-corpus).", ""]
    if data_card:
        body += ["The training data is described in the [data card](DATA_CARD.md).", ""]
    if training_code:
        body += ["## Training", "", "The [training code](train/pretrain.py) and its configuration reproduce the "
                 "run on 64 A100 GPUs; the training framework is "
                 "[fern-train](https://github.com/acme-example/fern-train).", ""]
    if eval_results:
        body += ["## Evaluation", "", "| benchmark | accuracy |", "|---|---|", "| ARC Challenge | 41.2 |", "",
                 "The evaluation code is [eval/run_eval.py](eval/run_eval.py).", ""]
    if tech_report or paper:
        body += ["## Publications", ""]
        if tech_report:
            body += ["- the [technical report](docs/tech_report.md)"]
        if paper:
            body += ["- the paper on [arXiv](https://arxiv.org/abs/2601.00001)"]
        body += [""]
    body += ["## Sample outputs", "", "Prompt: a haiku about ferns. Output: green fronds unfurl slowly.", ""]
    if monetised:
        body += ["## Commercial use", "", "A commercial license is available for a fee from our sales team.", ""]
    if copyright_policy:
        body += ["## Copyright policy", "", "Our crawler honours robots.txt and text and data mining opt-outs.", ""]
    card = "---\n" + "\n".join(x for x in fm if x) + "\n---\n" + "\n".join(body)
    files = {"README.md": card, "eval/run_eval.py": "print('eval')\n", "inference/generate.py": "print('gen')\n",
             "src/fern/modeling_fern.py": "class Fern: ...\n", "requirements.txt": "torch\n",
             "data_prep/dedup_docs.py": "print('dedup')\n", "docs/tech_report.md": "# Fern technical report\n"}
    if license_text:
        files["LICENSE"] = MIT
    if policy:
        files[".openwash.yml"] = policy
    if data_card:
        files["DATA_CARD.md"] = DATA_CARD
    if training_code:
        files["train/pretrain.py"] = "print('train')\n"
        files["configs/train_config.yaml"] = "lr: 0.001\n"
    if not tech_report:
        del files["docs/tech_report.md"]
    if not architecture:
        del files["src/fern/modeling_fern.py"]
    if not usage:
        del files["inference/generate.py"]
    return files
