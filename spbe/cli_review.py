"""The `spbe report` and `spbe review` subcommands (wired into spbe.cli's parser)."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the command line starts fast: the library is imported when a command runs
    from spbe.review import Conflict

Common = Callable[..., None]

# Article text may carry terminal escape sequences or line breaks; print neither raw.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def _clean(text: object) -> str:
    return _CONTROL.sub(" ", "" if text is None else str(text))


def _user_error(exc: Exception) -> Exception:
    """spbe.cli's UserError (one line, exit 2), also under `python -m spbe.cli`."""
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    if spec is not None and spec.name == "spbe.cli":
        # Run as a script, the command line's module is __main__, with its own UserError.
        return main.UserError(str(exc))  # type: ignore[union-attr]
    from spbe.cli import UserError

    return UserError(str(exc))


def add_report_parser(sub: Any, common: Common) -> argparse.ArgumentParser:
    """Register `spbe report [--db F] [--out F]`."""
    from spbe.cli import DEFAULT_REPORT

    p = sub.add_parser("report", help="write the conflicts review report (HTML)")
    common(p)
    p.add_argument(
        "--out",
        default=DEFAULT_REPORT,
        help=f"where to write the report (default: {DEFAULT_REPORT})",
    )
    p.set_defaults(func=cmd_report)
    return p


def add_review_parser(sub: Any, common: Common) -> argparse.ArgumentParser:
    """Register `spbe review list|show|resolve`."""
    p = sub.add_parser("review", help="list conflicts and record reviewers' decisions")
    actions = p.add_subparsers(dest="review_command", metavar="ACTION", required=True)

    q = actions.add_parser("list", help="conflicts, one line each (default: open ones)")
    common(q)
    q.add_argument(
        "--status", default="open", choices=("open", "resolved", "gone", "all"),
        help="which conflicts (default: open)",
    )  # fmt: skip
    q.set_defaults(func=cmd_review_list)

    q = actions.add_parser("show", help="one conflict: its figures, evidence and decisions")
    common(q)
    q.add_argument("conflict_id", metavar="ID", help="conflict id (or a unique prefix)")
    q.set_defaults(func=cmd_review_show)

    q = actions.add_parser(
        "resolve",
        help="record a decision",
        description="Record which figure is right: --value V [--predikat P], or --accept "
        "MENTION_ID (that fact is right), or --reject MENTION_ID (an extraction error).",
    )
    common(q)
    q.add_argument("conflict_id", metavar="ID", help="conflict id (or a unique prefix)")
    q.add_argument("--value", type=float, help="the right SPBE index (0-5)")
    q.add_argument("--predikat", help="the right predikat (default: the band of --value)")
    q.add_argument("--accept", metavar="MENTION_ID", help="this fact is right: take its figure")
    q.add_argument("--reject", metavar="MENTION_ID", help="this fact is an extraction error")
    # Checked by spbe.review, so a missing one is a one-line error like every other mistake.
    q.add_argument("--by", metavar="NAME", help="who decides (required)")
    q.add_argument("--note", metavar="TEXT", help="why: the source checked (required)")
    q.set_defaults(func=cmd_review_resolve)
    return p


def cmd_report(args: argparse.Namespace) -> int:
    """Write the report and say where."""
    from spbe.report import ReportError, write_report

    try:
        out = write_report(args.db, args.out)
    except ReportError as exc:
        raise _user_error(exc) from None
    if not args.quiet:
        print(f"report: written to {out}")
    return 0


def _figures(c: Conflict) -> str:
    return " | ".join(f"{f.label} ({f.n_articles} art.)" for f in c.figures()) or "no facts left"


def cmd_review_list(args: argparse.Namespace) -> int:
    """One line per conflict."""
    from spbe.review import ReviewError, list_conflicts

    try:
        conflicts = list_conflicts(args.db, args.status)
    except ReviewError as exc:
        raise _user_error(exc) from None
    for c in conflicts:
        print(
            _clean(f"{c.conflict_id}  {c.status:<8} {c.kind:<21} {c.name} {c.year}: {_figures(c)}")
        )
    if not conflicts and not args.quiet:
        print("no conflicts" if args.status == "all" else f"no {args.status} conflicts")
    return 0


def format_conflict(c: Conflict) -> str:
    """A conflict as a readable block of text for the terminal."""
    lines = [
        f"conflict {c.conflict_id}: {c.kind} ({c.status})",
        f"  {c.name} ({c.instansi_code}), evaluation year {c.year}",
        f"  first seen {c.first_seen:%Y-%m-%d %H:%M %Z}, last changed "
        f"{c.last_changed:%Y-%m-%d %H:%M %Z}",
    ]
    for f in c.figures():
        band = f" [band {f.band}]" if f.value is not None and f.band else ""
        lines.append(f"  {f.label}{band}: {f.n_articles} article(s)")
        for m in f.mentions:
            when = m.published.isoformat() if m.published else "date unknown"
            role = "" if m.role == "actual" else f", quoted as {m.role}"
            lines.append(f"    mention {m.mention_id}: {m.source or '?'}, {when}{role}")
            lines.append(f"      {m.title or '(untitled)'}")
            lines.append(f"      {m.url or ''}")
            lines.append(f"      \u201c{m.evidence}\u201d")
    if c.decisions:
        lines.append("  decisions:")
        lines += [f"    {d.describe()}" for d in c.decisions]
    if c.status != "gone":
        lines.append(
            f"  decide: spbe review resolve {c.conflict_id} (--value V [--predikat P] | "
            "--accept MENTION_ID | --reject MENTION_ID) --by NAME --note WHY"
        )
    return "\n".join(_clean(line) for line in lines)


def cmd_review_show(args: argparse.Namespace) -> int:
    """A readable block for one conflict."""
    from spbe.review import ReviewError, show_conflict

    try:
        conflict = show_conflict(args.db, args.conflict_id)
    except ReviewError as exc:
        raise _user_error(exc) from None
    print(format_conflict(conflict))
    return 0


def cmd_review_resolve(args: argparse.Namespace) -> int:
    """Record the decision; one line of confirmation."""
    from spbe.review import ReviewError, resolve

    try:
        r = resolve(
            args.db,
            args.conflict_id,
            value=args.value,
            predikat=args.predikat,
            accept=args.accept,
            reject=args.reject,
            by=args.by,
            note=args.note,
        )
    except ReviewError as exc:
        raise _user_error(exc) from None
    if not args.quiet:
        score = r["score"]
        now = "no score"
        if score:
            figure = " ".join(x for x in (_value(score["value"]), score["predikat"]) if x)
            now = f"score now {figure} ({score['status']})"
        print(
            _clean(
                f"review: conflict {r['conflict_id']} ({r['name']} {r['year']}) is "
                f"{r['conflict_status']}: {r['resolution']}; {now}"
            )
        )
    return 0


def _value(v: float | None) -> str:
    return "-" if v is None else f"{v:.2f}"
