

def test_phrase_with_digits_run_onto_a_word_is_read_as_the_text_reads_it(tmp_path):
    # the document's repairs drop "10" from "alpha10" as a footnote mark; a phrase naming the
    # product must still find it (it was `missing` however exactly the text said it)
    from fslcheck.engine import CompiledPack
    from fslcheck.rules.loader import load_pack

    path = tmp_path / "alpha.yaml"
    path.write_text(
        "id: t\ntitle: t\nversion: '1'\njurisdiction: US\nrules:\n"
        "  - {id: t.alpha, kind: required-phrase, severity: error, title: t, message: m,"
        " scope: document, phrases: ['the alpha10 program']}\n", encoding="utf-8")
    pack = load_pack(str(path))
    found = CompiledPack(pack).check_text("We launched the Alpha10 program today.").findings[0]
    assert found.status.value == "met"
    found = CompiledPack(pack).check_text("We launched the beta program today.").findings[0]
    assert found.status.value == "missing"
