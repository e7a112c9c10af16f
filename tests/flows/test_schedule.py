"""The nightly deployment, registered with a real local Prefect server (not a mock)."""

from __future__ import annotations

import asyncio
from datetime import datetime
from zoneinfo import ZoneInfo


def test_the_deployment_runs_at_two_in_the_morning_wib(tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from spbe.flows.schedule import local_prefect_server, nightly_deployment

    with (
        local_prefect_server(tmp_path / "prefect") as url,
        temporary_settings({PREFECT_API_URL: url}),
    ):
        deployment_id = nightly_deployment({"db": str(tmp_path / "x.duckdb")}).apply()

        async def read():
            async with get_client() as client:
                return await client.read_deployment(deployment_id)

        deployment = asyncio.run(read())
    assert deployment.name == "nightly"
    (schedule,) = deployment.schedules
    assert schedule.schedule.cron == "0 2 * * *"
    assert schedule.schedule.timezone == "Asia/Jakarta"
    assert schedule.active
    # The next firing, computed by the server's own schedule model, is 02:00 WIB.
    from prefect.server.schemas.schedules import CronSchedule

    server_schedule = CronSchedule(cron=schedule.schedule.cron, timezone=schedule.schedule.timezone)
    (next_run,) = asyncio.run(server_schedule.get_dates(1, start=datetime.now(ZoneInfo("UTC"))))
    local = next_run.astimezone(ZoneInfo("Asia/Jakarta"))
    assert (local.hour, local.minute) == (2, 0)
