"""The side-by-side of a study's English and Indonesian definitions codes a copy of the dev folder
that names the Indonesian codebook, leaving the folder itself alone."""

from evaluation.definition_languages import COPIES, with_codebook
from evaluation.compare import codebook_for


def test_the_copy_names_the_other_codebook(tmp_path):
    folder = tmp_path / "studi_dev_interviews"
    folder.mkdir()
    (folder / "A01.txt").write_text("P: Bagaimana?\nB1: Baik.\n", encoding="utf-8")
    (folder / "batch.yaml").write_text("codebook: ../x.yaml\ncontext: turn\n", encoding="utf-8")
    codebook = tmp_path / "studi_dev_minimal_id.yaml"
    codebook.write_text("name: x\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    copy = with_codebook(folder, codebook, out)
    assert codebook_for(copy) == codebook.resolve()
    assert "context: turn" in (copy / "batch.yaml").read_text(encoding="utf-8")
    assert (copy / "A01.txt").read_text(encoding="utf-8").startswith("P:")
    assert "codebook: ../x.yaml" in (folder / "batch.yaml").read_text(encoding="utf-8")


def test_the_indonesian_copies_keep_their_studies_codes():
    from pipeline.codebook.load import load_codebook

    copies = sorted(COPIES.glob("*_dev_minimal_id.yaml"))
    assert copies, f"no Indonesian copies under {COPIES}"
    for copy in copies:
        study = copy.name.split("_")[0]
        english = load_codebook(COPIES.parents[2].parent / "codebooks" / f"{study}_minimal.yaml")
        indonesian = load_codebook(copy)
        assert [(c.id, c.label, c.keywords) for c in english.codes] == [(c.id, c.label, c.keywords) for c in indonesian.codes]
        assert all("Tidak dikode" in c.definition for c in indonesian.codes)
