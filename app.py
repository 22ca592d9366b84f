"""PhyStudio: ``python app.py`` starts the studio on its embedded CPU defaults.

Start-up stays light (no torch import): backends load when first used.
"""

from __future__ import annotations

import argparse
import os
import sys

from pipelines.core.config import ConfigError
from pipelines.core.deployment import Host, cpu_fallback
from pipelines.core.options import add_backend_arguments, config_from_args
from pipelines.core.scrub import install_log_scrubbing


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python app.py",
        description="PhyStudio: plan dynamic scene layouts, generate, refine, compare and rank physics-grounded videos.",
    )
    server = parser.add_argument_group("server")
    server.add_argument("--host", help="interface to listen on (default 127.0.0.1; 0.0.0.0 to serve a network)")
    server.add_argument("--port", type=int, help="port (default 7860)")
    server.add_argument("--share", action="store_true", default=None, help="create a public gradio.live link")
    add_backend_arguments(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    install_log_scrubbing()  # before anything can log a key an upstream server echoed
    host = Host.from_environ(os.environ)
    if host.on_space and args.host is None:  # a Space proxies to the container's public interface
        args.host = host.server_name or "0.0.0.0"
    try:
        config = config_from_args(args)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    config, notice = cpu_fallback(config, host, has_cuda=_has_cuda)
    if notice:
        print(f"note: {notice}", file=sys.stderr)

    from pipelines.services import BackendUnavailable, Services

    services = Services(config)
    try:
        backends = services.check()
    except BackendUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for info in backends:
        print(f"  {info.stage:<10} {info.label}")

    from studio.arena_rest import arena_app_kwargs
    from studio.guards import app_kwargs
    from studio.ui import build_ui, css, theme

    demo = build_ui(services, notice=notice)
    server = config.server
    demo.launch(server_name=server.host, server_port=server.port, share=server.share, theme=theme(), css=css(),
                allowed_paths=[str(config.runs_path.resolve())], blocked_paths=[str(p) for p in config.private_paths],
                max_file_size=f"{server.max_upload_mb}mb", show_error=True, prevent_thread_lock=True,
                app_kwargs={**app_kwargs(config.limits, lambda: demo, services.arena_client_address),
                            **arena_app_kwargs(services)})  # lean JSON voting routes beside gradio's named APIs
    demo.block_thread()
    return 0


def _has_cuda() -> bool:
    import torch  # only asked on a Space configured for Wan, which imports torch anyway

    return torch.cuda.is_available()


if __name__ == "__main__":
    sys.exit(main())
