"""The SQL of the arena's hot path (a pair handed out, a vote cast), built once per store."""

from __future__ import annotations

from sqlalchemy import (
    Integer,
    bindparam,
    case,
    func,
    insert,
    or_,
    select,
    update,
)

from .schema import (
    client_counters_table,
    issued_table,
    pools_table,
    sessions_table,
    skipped_table,
    videos_table,
    votes_table,
)


def dialect_insert(dialect: str):
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert


class HotStatements:
    """The statements of every pair and vote, built once with bound parameters. SQLAlchemy memoises a built
    statement's cache key, so executing one again skips the construction and cache-key generation, which cost
    more CPU than running the statement (a statement built per request made a vote about 3x dearer)."""

    def __init__(self, dialect: str):
        upsert = dialect_insert(dialect)
        number = lambda name: bindparam(name, type_=Integer)  # noqa: E731
        self.new_session = upsert(sessions_table).values(
            session_id=bindparam("p_session"), created_at=bindparam("p_now"), created_address=bindparam("p_address"),
            flagged=False, excluded=False, note="").on_conflict_do_nothing()
        counters, minute, hour = client_counters_table, number("p_minute"), number("p_hour")
        pairs, votes, new_voters = number("p_pairs"), number("p_votes"), number("p_new_voters")
        self.charge = upsert(counters).values(
            address=bindparam("p_address"), minute=minute, pairs=pairs, votes=votes, hour=hour, new_voters=new_voters,
        ).on_conflict_do_update(index_elements=["address"], set_={
            "pairs": case((counters.c.minute == minute, counters.c.pairs + pairs), else_=pairs),
            "votes": case((counters.c.minute == minute, counters.c.votes + votes), else_=votes),
            "minute": minute,
            "new_voters": case((counters.c.hour == hour, counters.c.new_voters + new_voters), else_=new_voters),
            "hour": hour,
        }).returning(counters.c.pairs, counters.c.votes, counters.c.new_voters)
        session = bindparam("p_session")
        self.my_votes = select(votes_table.c.pair_key, votes_table.c.left_video_id,
                               votes_table.c.right_video_id).where(votes_table.c.session_id == session)
        self.my_issued = select(issued_table.c.pair_key).where(issued_table.c.session_id == session)
        self.my_skips = select(skipped_table.c.pair_key, skipped_table.c.times).where(
            skipped_table.c.session_id == session)
        self.remember_skip = upsert(skipped_table).values(
            session_id=session, pair_key=bindparam("p_pair_key"), times=1,
        ).on_conflict_do_update(index_elements=["session_id", "pair_key"], set_={"times": skipped_table.c.times + 1})
        self.open_pairs = (
            select(issued_table.c.token, issued_table.c.pair_key)
            .join(votes_table, votes_table.c.token == issued_table.c.token, isouter=True)
            .where(issued_table.c.session_id == session, votes_table.c.id.is_(None))
            .order_by(issued_table.c.issued_at.desc(), issued_table.c.token))
        self.issue = insert(issued_table)
        self.issued = select(issued_table).where(issued_table.c.token == bindparam("p_token"))
        self.voted_pair = select(votes_table.c.id).where(votes_table.c.session_id == session,
                                                         votes_table.c.pair_key == bindparam("p_pair_key"))
        stamp = update(sessions_table).values(last_vote_at=bindparam("p_now"))
        self.stamp_vote = stamp.where(sessions_table.c.session_id == session)
        self.stamp_vote_if_due = stamp.where(sessions_table.c.session_id == session, or_(
            sessions_table.c.last_vote_at.is_(None), sessions_table.c.last_vote_at <= bindparam("p_due")))
        self.last_vote = select(sessions_table.c.last_vote_at).where(sessions_table.c.session_id == session)
        self.video_rows = (select(videos_table, pools_table.c.name.label("pool_name"))
                           .join(pools_table, pools_table.c.id == videos_table.c.pool_id)
                           .where(videos_table.c.id.in_(bindparam("p_ids", expanding=True))))
        self.record_vote = insert(votes_table)
        self.pair_votes = select(votes_table.c.pair_key, func.count()).group_by(votes_table.c.pair_key)
