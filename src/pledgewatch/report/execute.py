"""Running the notebooks: which notebooks exist, the parameters each declares, executing one with papermill in a
logged kernel, and clearing and reading back the figures it saved."""

from __future__ import annotations

import re
from pathlib import Path

from .. import config
from .page import _body, _title


def notebook_sources(names=None, notebooks_dir: Path | None = None) -> list[Path]:
    """The numbered py:percent notebooks in order (optionally only those whose name starts with one of names)."""
    nb_dir = Path(notebooks_dir or config.NOTEBOOKS)
    paths = sorted(nb_dir.glob("[0-9][0-9]_*.py"))
    if names:
        paths = [p for p in paths if any(p.stem.startswith(str(n)) or p.stem == str(n) for n in names)]
    return paths


def _declared_parameters(ipynb: Path) -> set[str]:
    import papermill

    return set(papermill.inspect_notebook(str(ipynb)).keys())


def _declared_parameters_py(src: Path) -> set[str]:
    """Names assigned in the `parameters` cell of a jupytext py:percent notebook."""
    import jupytext

    nb = jupytext.read(src)
    for cell in nb.cells:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            return set(re.findall(r"^([A-Za-z_]\w*)\s*=", cell.source, flags=re.M))
    return set()


def _execute(src: Path, params: dict, executed: Path, nb_dir: Path, kernel: str, timeout: int, prefix: str,
             figures: Path, tables: Path) -> tuple[str, dict[str, str], str | None]:
    """Execute one notebook with papermill; return its title, the two exported HTML bodies and the error if any."""
    import jupytext
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    _clear_outputs(prefix, figures, tables)
    nb = jupytext.read(src)
    nb.metadata["kernelspec"] = {"name": kernel, "display_name": "Python 3 (ipykernel)", "language": "python"}
    src_ipynb = executed.parent / f"{src.stem}.source.ipynb"
    nbformat.write(nb, src_ipynb)
    declared = _declared_parameters(src_ipynb)
    error = None
    executed.unlink(missing_ok=True)
    kernel_log = executed.parent / f"{src.stem}.kernel.log"
    try:
        with open(kernel_log, "wb") as log:
            papermill.execute_notebook(str(src_ipynb), str(executed),
                                       parameters={k: v for k, v in params.items() if k in declared},
                                       kernel_name=kernel, cwd=str(nb_dir), progress_bar=False,
                                       request_save_on_cell_execute=False, execution_timeout=timeout,
                                       kernel_manager_class=_logged_kernel_manager(log))
    except PapermillExecutionError as exc:
        error = f"{exc.ename}: {exc.evalue}"
    except Exception as exc:  # kernel died, timeout ...: keep going, report at the end
        error = f"{type(exc).__name__}: {exc}"
    if error is not None and kernel_log.is_file() and kernel_log.stat().st_size:
        error += f" (kernel log: {kernel_log})"
    src_ipynb.unlink(missing_ok=True)
    done = nbformat.read(executed, as_version=4) if executed.is_file() else nb
    if error is not None and not executed.is_file():
        nbformat.write(nb, executed)
    bodies = {"full": _body(done, exclude_input=False), "reader": _body(done, exclude_input=True)}
    return _title(done) or src.stem, bodies, error


def _logged_kernel_manager(log):
    """A jupyter_client kernel manager whose kernel process writes its own stdout and stderr (IPKernelApp's log lines,
    such as its note that a local kernel talks over TCP without encryption) to `log` instead of the terminal: they
    are nothing a user can act on. The notebook's own output and errors still go into the notebook; the log is named
    in the error when a notebook fails."""
    from jupyter_client.manager import AsyncKernelManager

    class LoggedKernelManager(AsyncKernelManager):
        async def _async_launch_kernel(self, kernel_cmd, **kw):
            kw["stdout"] = kw["stderr"] = log
            return await super()._async_launch_kernel(kernel_cmd, **kw)

    return LoggedKernelManager


def _clear_outputs(prefix: str, figures: Path, tables: Path) -> None:
    """Remove a notebook's figures (NN_*.png/svg) and chart tables (NN_*.csv) of an earlier run, so a chart that
    is not drawn this time (too little data) cannot be shown stale on the index page."""
    for folder, exts in ((figures, (".png", ".svg")), (tables, (".csv",))):
        for f in folder.glob(f"{prefix}_*"):
            if f.suffix in exts and f.is_file():
                f.unlink()


def _figure_titles(figures: Path, prefix: str = "") -> dict:
    """Figure name -> title (charts.finish stores the title in the PNG's 'Title' text chunk)."""
    from PIL import Image

    titles = {}
    for png in sorted(figures.glob(f"{prefix}*.png")):
        try:
            with Image.open(png) as im:
                titles[png.stem] = im.text.get("Title", png.stem)
        except Exception:
            titles[png.stem] = png.stem
    return titles
