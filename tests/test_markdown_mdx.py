"""MDX pages (Markdown with JSX components: Astro Starlight, Docusaurus, Mintlify): a line of a component's tags is a
flow element and what stands between the tags is Markdown, as MDX reads it; CommonMark would read the tag as the
start of an HTML block, and a code fence inside a component would then leave a later fence open to the page's end."""

from __future__ import annotations

from openwash.claims import ClaimContext, find_claims
from openwash.markdown import parse_document

PAGE = ("---\ntitle: Wren\n---\n\n"
        "import { Tabs, TabItem, Card } from '@astrojs/starlight/components';\n\n"
        "<Tabs>\n"
        "  <TabItem label=\"macOS\">\n"
        "```bash\n"
        "# install\n"
        "go install example.com/wren@latest\n"
        "\n"
        "# run\n"
        "wren dev\n"
        "```\n"
        "  </TabItem>\n"
        "  <TabItem label=\"Linux\">\n"
        "```bash\n"
        "wren dev\n"
        "```\n"
        "  </TabItem>\n"
        "</Tabs>\n\n"
        "<Card title=\"Support Wren\" icon=\"heart\">\n"
        "    Wren is free and open source, built by developers for developers.\n"
        "</Card>\n")


def test_text_inside_a_component_after_code_fences_in_tabs_is_prose_at_its_line() -> None:
    doc = parse_document("docs/index.mdx", "docs", PAGE)
    [card] = [b for b in doc.blocks if "free and open source" in b.text]
    assert card.kind == "paragraph"
    position = card.position(card.text.index("open source"))
    assert (position.line, position.column) == (25, 22)
    # the fences stay code, their comments no headings
    assert [info for _line, info, _content in doc.code_blocks] == ["bash", "bash"]
    assert not any(b.kind == "heading" for b in doc.blocks)
    claims = find_claims(doc, ClaimContext(own_names=frozenset({"wren"})))
    assert [(c.line, c.phrase) for c in claims] == [(25, "free and open source")]


def test_the_same_text_in_a_markdown_page_keeps_commonmarks_reading() -> None:
    # (a .md page is CommonMark: the indented line is code there, and no claim)
    doc = parse_document("docs/index.md", "docs", PAGE)
    assert not any("free and open source" in b.text and b.kind == "paragraph" for b in doc.blocks)


def test_a_component_tag_over_several_lines_keeps_its_attributes_to_itself() -> None:
    # '<Card\n  title="Kestrel"\n  description="… Open source, self-hostable."\n/>': a card's attributes are the
    # component's, no prose of the page (as a tag on one line is not), and the prose after the tag stays prose
    page = ("# Integrations\n\n<Cards>\n  <Card\n    icon={<KestrelIcon width={20} height={20} />}\n    title=\"Kestrel\"\n    description=\"Tracing and evals. Open source, "
            "self-hostable.\"\n    href=\"/docs/kestrel\"\n  />\n  <Card title=\"Finch\"\n    description=\"Open source "
            "metrics.\"\n  />\n</Cards>\n\nWren is open source.\n")
    doc = parse_document("docs/integrations/index.mdx", "docs", page)
    assert not any("self-hostable" in b.text or "metrics" in b.text for b in doc.blocks)
    claims = find_claims(doc, ClaimContext(own_names=frozenset({"wren"})))
    assert [(c.line, c.phrase) for c in claims] == [(15, "open source")]
