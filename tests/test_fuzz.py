"""Property-based fuzzing of the public entry points with random and mutated hostile Markdown and policies.

What must hold for any input (issue 9):

* no exception escapes ``parse_document``, ``find_claims``, ``check_repository`` or the reporters;
* every position (blocks, links, comments, claims, evidence, findings) falls inside the file:
  ``1 <= line <= number of lines`` and ``1 <= column <= len(line) + 1``;
* ``check --format json`` always matches the design.md contract (``tests/check-json.schema.json``);
* random policy YAML through :mod:`openwash.policy` raises only :class:`~openwash.errors.ConfigError` (or,
  offline, the :class:`~openwash.errors.FetchError` of a remote ``extends:`` that cannot be read).

The default run is small so that the suite stays fast.  A long campaign is the same tests with more
examples: ``OPENWASH_FUZZ_EXAMPLES=100000 PYTHONPATH=src python -m pytest -q -p no:cacheprovider
tests/test_fuzz.py`` (the CLI property runs 1/200 of that), or ``python bench/fuzz.py`` for the documented
campaign (over 100,000 inputs, split over the properties; prints counts and times).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import make_git_repo, run_cli
from openwash.claims import ClaimContext, find_claims
from openwash.discovery import Repository, role_of
from openwash.documents import Document, SourceFile
from openwash.engine import check_repository
from openwash.errors import ConfigError, FetchError
from openwash.markdown import normalize_newlines, parse_document
from openwash.policy import resolve_source, validate_source
from openwash.policy.cache import Cache
from openwash.report import render

EXAMPLES = int(os.environ.get("OPENWASH_FUZZ_EXAMPLES", "0") or 0)
SCHEMA = json.loads((Path(__file__).parent / "check-json.schema.json").read_text(encoding="utf-8"))
TODAY = dt.date(2025, 1, 1)


def fuzz_settings(default: int, scale: int = 1) -> settings:
    """``default`` examples in the normal suite; OPENWASH_FUZZ_EXAMPLES // ``scale`` for a long campaign."""
    return settings(max_examples=max(EXAMPLES // scale, 1) if EXAMPLES else default, deadline=None,
                    database=None if EXAMPLES else settings().database,
                    suppress_health_check=list(HealthCheck), print_blob=True)


# ------------------------------------------------------------------------------------------ generators

# Surrogate-free random text: any code point a UTF-8 file can hold.
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
HOSTILE_CHARS = st.sampled_from([
    "\x00", "\u202e", "\u202d", "\u2066", "\u2067", "\u2069", "\u200f", "\u061c", "\ufeff", "\u2028", "\u2029",
    "\x85", "\x0b", "\x0c", "\x1c", "\r", "\r\n", "\n", "\t", "\u0301", "\U0001f600", "\u00a0", "\u3000", "＃",
    "\\", "`", "*", "_", "<", ">", "&", "[", "]", "(", ")", "!", "|", "-", "#", "~", ":", "@", "%",
])
WORDS = st.sampled_from([
    "Wren", "is", "not", "open source", "open-source", "open-sourced", "fully open", "open weights", "openly released",
    "we", "our", "the", "model", "weights", "code", "data", "dataset", "training code", "license", "Apache-2.0",
    "MIT", "Llama 2 Community License", "CC-BY-NC-4.0", "RAIL", "coming soon", "TBD", "available upon request",
    "开源", "完全开源", "オープンソース", "código abierto", "open-source-Modell", "train.py", "configs/", "datasets",
    "https://github.com/acme/wren", "https://huggingface.co/datasets/acme/data", "www.example.org", "x@y.org",
    "::error::boom", "::add-mask::secret", "##[error]x", "@octocat", "#123", "<!-- openwash-disable OW101 -- r -->",
    "<!-- openwash-disable-next-line OW101, OW102 -- reason -->", ",", ".", "?", ";", ":", "(", ")", "'s",
])
PHRASE = st.lists(st.one_of(WORDS, WORDS, WORDS, ANY_TEXT, HOSTILE_CHARS), min_size=1, max_size=25).map(" ".join)
EOL = st.sampled_from(["\n", "\r\n", "\r"])


def _table(rows: int, cols: int, cell: str) -> str:
    head = "|" + "|".join(f" h{i} " for i in range(cols)) + "|"
    sep = "|" + "|".join("---" for _ in range(cols)) + "|"
    body = ["|" + "|".join(f" {cell} {r}.{c} " for c in range(cols)) + "|" for r in range(rows)]
    return "\n".join([head, sep, *body])


FM_VALUE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), ANY_TEXT.map(json.dumps),
              st.sampled_from(["apache-2.0", "other", "llama2", "cc-by-nc-4.0", "[]", "{}", "~", "*a", "&a x",
                               "!!binary aGk=", "!!python/object:os.system x", "2024-13-45", "0x1F", ".inf"])),
    lambda inner: st.one_of(st.lists(inner, max_size=4).map(lambda xs: "[" + ", ".join(map(str, xs)) + "]"),
                            st.dictionaries(st.sampled_from(["a", "b", "name"]), inner, max_size=3)
                            .map(lambda d: "{" + ", ".join(f"{k}: {v}" for k, v in d.items()) + "}")),
    max_leaves=8,
)
FM_KEY = st.sampled_from(["license", "license_name", "license_link", "datasets", "base_model", "tags", "model_name",
                          "pretty_name", "library_name", "pipeline_tag", "language", "metrics", "model-index"])


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    keys = draw(st.lists(st.tuples(FM_KEY, FM_VALUE.map(str)), max_size=6))
    lines = [f"{k}: {v}" for k, v in keys]
    if draw(st.booleans()):
        lines.append("tags:\n" + "\n".join(f"- {draw(PHRASE)!r}" for _ in range(draw(st.integers(0, 3)))))
    closed = draw(st.booleans()) or draw(st.booleans())
    return "---\n" + "\n".join(lines) + ("\n---\n" if closed else "\n")


@st.composite
def block(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 16))
    p = draw(PHRASE)
    if kind == 0:
        return "#" * draw(st.integers(1, 7)) + " " + p
    if kind == 1:  # fences, possibly unclosed, possibly with a mismatched length
        fence = draw(st.sampled_from(["```", "~~~", "````", "``"]))
        close = draw(st.sampled_from(["```", "~~~", "", "````"]))
        return f"{fence}{draw(st.sampled_from(['', 'python', 'yaml', '{=html}']))}\n{p}\n{close}"
    if kind == 2:  # deep nesting of lists and quotes
        depth = draw(st.integers(1, 60))
        marker = draw(st.sampled_from(["- ", "> ", "1. ", "* ", "  - ", "> - "]))
        return "\n".join(marker * i + p for i in range(1, depth, max(1, depth // 8)))
    if kind == 3:  # one deeply nested line
        return draw(st.sampled_from(["> ", "- ", "[", "*", "_", "(", "<div>", "<a href='x'>", "![", "`"])) * \
            draw(st.integers(1, 400)) + p
    if kind == 4:
        return _table(draw(st.integers(0, 60)), draw(st.integers(1, 30)), p[:20])
    if kind == 5:  # mixed HTML, possibly unclosed
        tag = draw(st.sampled_from(["div", "p", "details", "h1", "a", "img", "table", "script", "pre", "center"]))
        attrs = draw(st.sampled_from(["", " href='https://x.org/train.py'", ' alt="fully open source model"',
                                      " src=x onerror=alert(1)", " align=center", ' href="javascript:alert(1)"']))
        close = draw(st.sampled_from([f"</{tag}>", "", "</div>", "-->", "<!--"]))
        return f"<{tag}{attrs}>\n{p}\n{close}"
    if kind == 6:
        return f"<!-- {p} -->" if draw(st.booleans()) else f"<!-- {p}"
    if kind == 7:
        dest = draw(st.sampled_from(["https://x.org/a", "train.py", "<a b>", "", "(", 'x "t"']))
        return f"[{p}]({dest})"
    if kind == 8:
        return f"![{p}](https://img.shields.io/badge/license-{p[:10]}-blue)"
    if kind == 9:
        return f"[ref]: https://example.org/{p[:12]}\n\n[{p}][ref]"
    if kind == 10:
        return "    " + p  # indented code
    if kind == 11:
        return p + "\n" + draw(st.sampled_from(["===", "---", "***", "___"]))
    if kind == 12:
        return "\t" * draw(st.integers(1, 5)) + p
    if kind == 13:
        return p + "  \n" + p + "\\\n" + p
    if kind == 14:
        return draw(front_matter())
    if kind == 15:
        return "".join(draw(st.lists(HOSTILE_CHARS, max_size=40)))
    return p


@st.composite
def markdown_text(draw: st.DrawFn) -> str:
    parts = []
    if draw(st.integers(0, 3)) == 0:
        parts.append(draw(front_matter()))
    parts.extend(draw(st.lists(block(), max_size=12)))
    text = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\r\r", ""])).join(parts)
    eol = draw(EOL)
    if eol != "\n":
        text = text.replace("\n", eol)
    return mutate(text, draw(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 1 << 16), st.integers(0, 64),
                                                 ANY_TEXT), max_size=draw(st.integers(0, 6)))))


def mutate(text: str, ops: list[tuple[int, int, int, str]]) -> str:
    """Byte-fuzzer style mutations: insert, delete, duplicate, truncate, flip."""
    for op, at, length, insert in ops:
        at = at % (len(text) + 1)
        if op == 0:
            text = text[:at] + insert + text[at:]
        elif op == 1:
            text = text[:at] + text[at + length:]
        elif op == 2:
            text = text[:at] + text[at:at + length] * 3 + text[at:]
        elif op == 3:
            text = text[:at]
        else:
            text = text[:at] + chr((ord(text[at]) ^ 0x20) if at < len(text) and ord(text[at]) < 0xD800 else 0x20) + \
                text[at + 1:]
    return text


# ---------------------------------------------------------------------------------------------- checks

def _lines(text: str) -> list[str]:
    return normalize_newlines(text).split("\n")


def _in_file(lines: list[str], line: int, column: int | None, what: str) -> None:
    assert isinstance(line, int) and 1 <= line <= len(lines), f"{what}: line {line} outside 1..{len(lines)}"
    if column is not None:
        assert isinstance(column, int) and 1 <= column <= len(lines[line - 1]) + 1, \
            f"{what}: column {column} outside 1..{len(lines[line - 1]) + 1} on line {line}"


def check_document(doc: Document, text: str) -> None:
    lines = _lines(text)
    assert doc.lines == lines
    for b in doc.blocks:
        for _off, line, col in b.segments:
            _in_file(lines, line, col, f"block {b.kind} segment")
        for off in range(0, len(b.text), max(1, len(b.text) // 7)):
            pos = b.position(off)
            _in_file(lines, pos.line, pos.column, f"block {b.kind} offset {off}")
        if b.end_line:
            _in_file(lines, b.end_line, None, "block end")
    for link in doc.links:
        _in_file(lines, link.line, link.column, f"link {link.url!r}")
    for line, col, _body in doc.comments:
        _in_file(lines, line, col, "comment")
    for line, _info, _content in doc.code_blocks:
        _in_file(lines, line, None, "code block")
    fm = doc.front_matter
    if fm is not None:
        _in_file(lines, fm.start_line, None, "front matter start")
        for key, line in fm.lines.items():
            _in_file(lines, line, None, f"front matter key {key}")


def check_result_positions(result_json: dict, texts: dict[str, str]) -> None:
    lines = {path: _lines(text) for path, text in texts.items()}
    for c in result_json["claims"]:
        _in_file(lines[c["file"]], c["line"], c["column"], f"claim {c['text'][:40]!r}")
    for f in result_json["findings"]:
        if f["file"] in lines:
            _in_file(lines[f["file"]], f["line"], f["column"], f"finding {f['rule']}")
            _in_file(lines[f["file"]], f["end_line"], f["end_column"], f"finding {f['rule']} end")
            assert (f["end_line"], f["end_column"]) >= (f["line"], f["column"]), f
        else:
            assert f["line"] >= 1 and f["column"] >= 1, f
    ev = result_json["evidence"]
    for kind in ("training_code", "training_data", "weights", "placeholders", "downstream_code"):
        for e in ev.get(kind, []):
            if e["file"] in lines and e["line"]:
                _in_file(lines[e["file"]], e["line"], None, f"evidence {kind}")
    for n in result_json["notices"]:
        if n["file"] in lines and n["line"]:
            _in_file(lines[n["file"]], n["line"], None, "notice")


def validate_contract(data: dict) -> None:
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)


# ----------------------------------------------------------------------------------------------- tests

def test_the_contract_schema_is_a_valid_schema_and_rejects_a_broken_report() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        validate_contract({"tool": {"name": "openwash", "version": "1"}, "claims": [{"file": "README.md", "line": 0}]})


@fuzz_settings(300)
@given(text=markdown_text(), name=st.sampled_from(["README.md", "docs/guide.md", "MODEL_CARD.md", "LICENSE",
                                                   "models/x/README.md", "CITATION.cff", "README"]))
# Found by the campaign: a tag whose value sits on a later line than its key ran past the key's line.
@example(text="---\r\nlicense_name: None\r\ntags:\r\n\r 'Wren  0 \\\\ 0000\\x1f\\x08'\r\n---\r\n", name="README.md")
# Found by the campaign: a code span over a line break shifted the rest of the paragraph by a line.
@example(text="---\n\n\n\nopen source ` \x1f  \nopen source ` \x1f\\\nopen source ` \x1f\n\n# Wren", name="MODEL_CARD.md")
def test_parse_and_claims_survive_any_markdown(text: str, name: str) -> None:
    doc = parse_document(name, role_of(name), text)
    check_document(doc, text)
    lines = _lines(text)
    for c in find_claims(doc, ClaimContext(own_names=frozenset({"wren"}))):
        _in_file(lines, c.line, c.column, f"claim {c.text[:40]!r}")
        assert c.target in ("model", "weights", "code", "data", "project", "other")
        assert c.strength in ("strong", "plain", "partial")


@st.composite
def repository(draw: st.DrawFn) -> Repository:
    names = draw(st.lists(st.sampled_from(["README.md", "MODEL_CARD.md", "LICENSE", "docs/intro.md", "DATA_CARD.md",
                                           "models/wren/README.md", "models/wren/LICENSE", "USE_POLICY.md", "NOTICE"]),
                          min_size=1, max_size=4, unique=True))
    extra = draw(st.lists(st.sampled_from(["train.py", "configs/train.yaml", "model.safetensors", "data/x.jsonl",
                                           "scripts/finetune.sh", "LICENSE-WEIGHTS"]), max_size=4, unique=True))
    files = [SourceFile(path=n, text=draw(markdown_text()), role=role_of(n)) for n in names]
    return Repository(root=Path("/nonexistent/wren"), name="wren", paths=sorted({*names, *extra}), files=files)


def _one_readme(text: str) -> Repository:
    return Repository(root=Path("/nonexistent/wren"), name="wren", paths=["README.md"],
                      files=[SourceFile(path="README.md", text=text, role="readme")])


@fuzz_settings(150)
@given(repo=repository(), preset=st.sampled_from(["builtin:default", "builtin:osaid-1.0", "builtin:mof-class-1"]))
# Found by the long campaign: link targets that urlsplit refuses (a stray "]" after the host, a bracketed host
# that is no IPv6 address) raised ValueError out of the evidence finders.
@example(repo=_one_readme("[ref]: https://host.example]\r\n# Wren"), preset="builtin:default")
@example(repo=_one_readme("[ref]: https://x][ref]\n![Wren](https://img.shields.io/badge/license-Wren -blue)"),
         preset="builtin:default")
def test_check_repository_and_every_reporter_survive_and_keep_the_contract(repo: Repository, preset: str) -> None:
    policy = _policy(preset)
    result = check_repository(repo, policy, today=TODAY)
    data = json.loads(render(result, "json"))
    validate_contract(data)
    check_result_positions(data, {f.path: f.text for f in repo.files})
    for fmt in ("text", "sarif", "github", "markdown"):
        out = render(result, fmt)
        assert isinstance(out, str)
        out.encode("utf-8")  # printable: no lone surrogates
    sarif = json.loads(render(result, "sarif"))
    for run in sarif["runs"]:
        for res in run["results"]:
            for loc in res.get("locations", []):
                region = loc["physicalLocation"].get("region", {})
                assert region.get("startLine", 1) >= 1 and region.get("startColumn", 1) >= 1


_POLICIES: dict[str, object] = {}


def _policy(src: str):  # type: ignore[no-untyped-def]
    if src not in _POLICIES:
        _POLICIES[src] = resolve_source(src, offline=True)
    return _POLICIES[src]


POLICY_SCALAR = st.one_of(
    st.sampled_from(["error", "warning", "notice", "off", "enforce", "annotate", "yes", "no", "auto", "osi", "*",
                     "builtin:default", "builtin:nope", "./self.yml", "self.yml", "https://example.invalid/p.yml",
                     "http://example.org/p.yml", "github:acme/.github/openwash.yml@main", "file:///etc/passwd",
                     "~/x.yml", "/etc/passwd", "2020-01-01", "2999-12-31", "OW101", "OW999", "README*", "**/x",
                     "[", "(?P<", "a" * 300, "on", "off", "null", "~", "&a x", "*a", "!!binary aGk=",
                     "!!python/name:os.system", "'unterminated", "\"\\x\"", "0o17", "1e400"]),
    st.integers(min_value=-(1 << 70), max_value=1 << 70), st.booleans(), st.none(), ANY_TEXT)
POLICY_KEYS = st.sampled_from(["extends", "mode", "fail_on", "model_release", "rules", "OW101", "OW102", "OW103",
                               "severity", "locked", "waivers", "rule", "path", "reason", "expires", "include",
                               "exclude", "claims", "add", "exclude", "requirements", "licenses", "allow", "deny",
                               "evidence", "source", "sha256", "unknown_key", "<<", "? x"])


def _yaml_value(value: object, depth: int) -> str:
    pad = "  " * depth
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "\n" + "\n".join(f"{pad}{k}: {_yaml_value(v, depth + 1)}" for k, v in value.items())
    if isinstance(value, list):
        if not value:
            return "[]"
        return "\n" + "\n".join(f"{pad}- {_yaml_value(v, depth + 1).lstrip()}" for v in value)
    return str(value) if not isinstance(value, str) or value == "" else value


POLICY_TREE = st.recursive(POLICY_SCALAR, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(POLICY_KEYS, inner, max_size=5)), max_leaves=20)


@st.composite
def policy_yaml(draw: st.DrawFn) -> str:
    tree = draw(st.dictionaries(POLICY_KEYS, POLICY_TREE, max_size=7))
    text = "\n".join(f"{k}: {_yaml_value(v, 1)}" for k, v in tree.items())
    if draw(st.integers(0, 5)) == 0:
        text = draw(st.sampled_from([
            "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b]\n"
            "d: &d [*c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d]\n",
            "[" * 5000 + "]" * 5000, "a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 200)),
            "- " * 3000 + "x", "extends: " + "{a: " * 100 + "x" + "}" * 100, "%YAML 9.9\n---\nx: 1",
            "--- !!map\n? [a, b]\n: c", "mode: !!python/object/apply:os.system ['true']", "\t\tmode: enforce",
        ])) + "\n" + text
    return mutate(text, draw(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 1 << 12), st.integers(0, 16),
                                                 ANY_TEXT), max_size=draw(st.integers(0, 3)))))


@fuzz_settings(200)
@given(text=policy_yaml(), how=st.sampled_from(["file", "validate", "api-text"]))
# Found by the long campaign: `waivers` that is no list (here a bool through a YAML merge key) raised
# TypeError in the unknown-rule check instead of being a schema error.
@example(text="rules: {}\n<<:\n  waivers: yes\n", how="file")
@example(text="waivers: 3\nwaivers+: {a: 1}\n", how="validate")
def test_random_policy_yaml_raises_only_config_errors(text: str, how: str, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("pol")
    cache = Cache(root=tmp / "cache")
    path = tmp / "policy.yml"
    path.write_text(text, encoding="utf-8")
    (tmp / "self.yml").write_text("extends: ./self.yml\n", encoding="utf-8")
    try:
        if how == "file":
            policy = resolve_source(str(path), offline=True, cache=cache, cwd=tmp)
        elif how == "validate":  # `openwash policy validate`: the schema check always runs
            policy = validate_source(str(path), offline=True, cache=cache)
        else:
            policy = resolve_source("github:acme/pol/openwash.yml@v1", offline=True, cache=cache, cwd=tmp, text=text)
    except ConfigError as exc:
        message = str(exc)
        assert message and "Traceback" not in message
        return
    except FetchError as exc:  # offline, a policy that extends a remote source it cannot read: exit 2 too
        assert "offline, and no cached copy" in str(exc), exc
        return
    except OSError as exc:  # never: a policy must not make openwash touch odd files
        raise AssertionError(f"OSError escaped: {exc!r}") from exc
    # A policy that resolved must be usable by a run.
    assert policy.mode in ("enforce", "annotate")
    for rule in ("OW101", "OW102", "OW103"):
        policy.severity(rule, "error")
    repo = Repository(root=tmp, name="wren", paths=["README.md"],
                      files=[SourceFile("README.md", "# Wren\n\nWren is fully open source.\n", "readme")])
    validate_contract(json.loads(render(check_repository(repo, policy, today=TODAY), "json")))


@fuzz_settings(6, scale=200)
@given(files=st.dictionaries(st.sampled_from(["README.md", "MODEL_CARD.md", "LICENSE", "docs/a.md", "NOTICE",
                                              "README.rst", "models/m/README.md"]),
                             markdown_text(), min_size=1, max_size=3),
       git_repo=st.booleans())
def test_the_real_cli_on_generated_repositories(files: dict[str, str], git_repo: bool, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("repo") / "wren"
    encoded = {k: v.encode("utf-8") for k, v in files.items()}
    if git_repo:
        make_git_repo(root, encoded)
    else:
        root.mkdir(parents=True)
        for rel, data in encoded.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(data)
    proc = run_cli("check", str(root), "--format", "json", "--offline", timeout=120)
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    data = json.loads(proc.stdout)
    validate_contract(data)
    texts = {}
    for rel, raw in encoded.items():
        try:
            texts[rel] = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            continue
    check_result_positions(data, texts)
    for fmt in ("text", "github", "sarif", "markdown"):
        proc = run_cli("check", str(root), "--format", fmt, "--offline", timeout=120)
        assert proc.returncode in (0, 1), (fmt, proc.stderr)
        assert "Traceback" not in proc.stderr
