"""fslcheck: check press releases for the PSLRA forward-looking-statement safe-harbor legend.

The public API, on which the command line is built::

    import fslcheck
    result = fslcheck.check(["drafts/q3.htm"], rules=["rules/examples/sos-staffing.yaml"])
    for document in result.documents:
        print(document.path, document.verdict)
        for finding in document.findings:
            print(finding.rule, finding.status.value, finding.location, finding.excerpt)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

__version__ = "0.1.0"

from .budget import DEFAULT_SECONDS, OutOfTime, time_budget  # noqa: E402
from .discovery import discover  # noqa: E402
from .documents import LoadOptions, load_path  # noqa: E402
from .engine import CompiledPack  # noqa: E402
from .errors import FslcheckError, InputError, RuleError  # noqa: E402
from .result import DocumentResult, Finding, Result, Severity, Status  # noqa: E402
from .rules.loader import load_pack  # noqa: E402
from .rules.model import RulePack  # noqa: E402

__all__ = [
    "__version__", "check", "load_pack", "compile_pack", "CompiledPack", "RulePack", "Result",
    "DocumentResult", "Finding", "Severity", "Status", "LoadOptions", "FslcheckError", "InputError",
    "RuleError",
]


def compile_pack(rules: str | Iterable[str] | RulePack | None = None) -> CompiledPack:
    """Load (if needed) and compile a rule pack: a built-in name, file path(s) or a RulePack.

    Without `rules`, the default pack (us-pslra) checks every document except those that read as
    an earnings-call transcript, which the oral-statements pack (us-pslra-oral) checks."""
    if isinstance(rules, RulePack):
        return CompiledPack(rules)
    refs = [rules] if isinstance(rules, (str, Path)) else list(rules or [])
    if not refs:  # the default pack; call transcripts get the oral-statements pack (78u-5(c)(2))
        return CompiledPack(load_pack(None), for_transcripts=CompiledPack(load_pack(["us-pslra-oral"])))
    return CompiledPack(load_pack([str(r) for r in refs]))


def check(
    paths: Iterable[str | Path],
    rules: str | Iterable[str] | RulePack | CompiledPack | None = None,
    *,
    fail_on: str = "error",
    options: LoadOptions | None = None,
    time_limit: float | None = DEFAULT_SECONDS,
) -> Result:
    """Check documents (files, folders, or "-" for stdin) against a rule pack.

    Folders are walked as `fslcheck check` walks them (supported files; what git ignores, hidden
    files and README-like files left out). Input errors do not raise: the document gets verdict
    "error" with the message, and the other documents are still checked. A bad rule pack raises
    `RuleError`. Each input (all the documents in it: an EDGAR submission's exhibits) may take
    `time_limit` seconds to read and check (None: no limit); past it, it is reported as an error
    and the batch goes on.
    """
    compiled = rules if isinstance(rules, CompiledPack) else compile_pack(rules)
    results: list[DocumentResult] = []
    for name in discover([str(p) for p in paths]):
        results.extend(check_path(name, compiled, fail_on, options, time_limit))
    return Result(documents=results, pack=compiled.info(), fail_on=fail_on)


def check_path(name: str, compiled: CompiledPack, fail_on: str = "error",
               options: LoadOptions | None = None,
               time_limit: float | None = DEFAULT_SECONDS) -> list[DocumentResult]:
    """Check one file (or "-"): a result per document in it (an EDGAR submission has several).

    Never raises for bad input: an unreadable file, or one that takes longer than `time_limit`
    seconds, is one result with verdict "error".
    """
    results: list[DocumentResult] = []
    try:
        with time_budget(time_limit):
            _check_input(name, compiled, fail_on, options, results)
    except OutOfTime as error:
        return [DocumentResult(path=name, error=str(error), fail_on=fail_on)]  # nothing half-checked
    return results


def _check_input(name: str, compiled: CompiledPack, fail_on: str, options: LoadOptions | None,
                 results: list[DocumentResult]) -> None:
    """Load one input and check each document in it, appending to `results`."""
    try:
        documents = load_path(name, options)
    except InputError as error:
        results.append(DocumentResult(path=name, error=str(error.message), fail_on=fail_on))
        return
    except Exception as error:  # noqa: BLE001 - a failure no loader foresaw must not stop the batch
        message = f"could not be read ({type(error).__name__}: {error}); please report this"
        results.append(DocumentResult(path=name, error=message, fail_on=fail_on))
        return
    for document in documents:
        try:
            results.append(compiled.check_document(document, fail_on))
        except Exception as error:  # noqa: BLE001 - same: report it on this document, go on
            message = f"internal error while checking ({type(error).__name__}: {error}); please report this"
            results.append(DocumentResult(path=document.path, error=message, fail_on=fail_on))
