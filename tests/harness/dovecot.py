"""A private, throw-away Dovecot 2.3 IMAP server for integration tests.

Why: mailroom talks IMAP to real providers; mocks and in-process servers
(pymap) hide the quirks we care about (UIDVALIDITY, MOVE, flags, literal
handling, Maildir UID assignment). This starts a real Dovecot master from a
config written into a temp dir, on a free 127.0.0.1 port, with plain-text
auth and no TLS, and tears it (and every child) down afterwards. The system
Dovecot service and /etc/dovecot are never touched.

Usage::

    with DovecotServer(users={"info@thinhtrigroup.com": "secret"}) as srv:
        srv.append("info@thinhtrigroup.com", raw_bytes)
        with srv.client("info@thinhtrigroup.com") as c:
            c.select_folder("INBOX")
"""

from __future__ import annotations

import atexit
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from imapclient import IMAPClient

from tests.harness.tls import TestCertificates
from imapclient.exceptions import LoginError

__all__ = [
    "DovecotError",
    "DovecotServer",
    "dovecot_available",
    "free_port",
]

HOST = "127.0.0.1"
_PROBE_USER = "harness-probe@localhost.invalid"
_PROBE_PASSWORD = "probe-password"
_APPENDUID_RE = re.compile(rb"\[APPENDUID (\d+) ([\d:,]+)\]")
_START_TIMEOUT = 20.0
_STOP_TIMEOUT = 10.0
_TERM_GRACE = 0.3


def _appenduid(resp: bytes | str) -> list[int]:
    """UIDs from an `[APPENDUID <validity> <uid-set>]` response code."""
    text = resp if isinstance(resp, bytes) else str(resp).encode()
    m = _APPENDUID_RE.search(text)
    if not m:
        return []
    uids: list[int] = []
    for part in m.group(2).split(b","):
        lo, _, hi = part.partition(b":")
        uids.extend(range(int(lo), int(hi or lo) + 1))
    return uids


class DovecotError(RuntimeError):
    """Dovecot could not be started/used; message carries the log tail."""


def _dovecot_binary() -> str | None:
    # /usr/sbin is often not on a non-root PATH; look there explicitly.
    return shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin:/usr/local/sbin")


def _doveadm_binary() -> str | None:
    return shutil.which("doveadm") or shutil.which("doveadm", path="/usr/bin:/usr/sbin:/usr/local/bin")


def _default_tmp_parent() -> str | None:
    """Where throw-away roots go: $MAILROOM_DOVECOT_TMPDIR, else /dev/shm.

    Why: Dovecot creates one file per message; on this VM's ext4 that costs
    ~0.7 ms each (5,000 APPENDs: ~4 s) versus ~0.04 ms on tmpfs (~0.2 s).
    """
    env = os.environ.get("MAILROOM_DOVECOT_TMPDIR")
    if env:
        return env
    shm = "/dev/shm"
    try:
        st = os.statvfs(shm)
    except OSError:
        return None
    if os.access(shm, os.W_OK | os.X_OK) and st.f_bavail * st.f_frsize > 512 * 1024 * 1024:
        return shm
    return None


def dovecot_available() -> bool:
    """True if a dovecot binary exists, so fixtures can skip with a clear reason."""
    return _dovecot_binary() is not None


def free_port() -> int:
    """Ask the kernel for a free TCP port on 127.0.0.1 (bind to port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _ids(user: str, group: str) -> tuple[int, int]:
    return pwd.getpwnam(user).pw_uid, grp.getgrnam(group).gr_gid


def _group_alive(pgid: int) -> bool:
    """Any non-zombie process left in process group *pgid*?

    Zombies are ignored because PID 1 in some containers never reaps them.
    """
    try:
        entries = os.listdir("/proc")
    except OSError:  # not Linux: fall back to signal 0
        try:
            os.killpg(pgid, 0)
            return True
        except ProcessLookupError:
            return False
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # comm may contain spaces/parens: split after the last ')'.
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 2 and fields[0] != "Z" and int(fields[2]) == pgid:
            return True
    return False


def _kill_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


# Running servers (strong refs on purpose: a forgotten, garbage-collected
# server must still have its master stopped at interpreter exit).
_LIVE: "set[DovecotServer]" = set()


@atexit.register
def _stop_all() -> None:
    for srv in list(_LIVE):
        try:
            srv.stop()
        except Exception:  # noqa: BLE001 - best effort at interpreter exit
            pass


class DovecotServer:
    """Throw-away Dovecot master on 127.0.0.1:<free port>, plain IMAP.

    *root* holds config, runtime sockets, logs and Maildirs. If omitted a temp
    dir is created and removed on close(); a given root is left in place.
    *users* maps login (e.g. ``info@thinhtrigroup.com``) to password.
    """

    def __init__(self, root: Path | None = None, users: dict[str, str] | None = None,
                 tls: "TestCertificates | None" = None) -> None:
        """*tls*: serve IMAPS on ``tls_port`` and STARTTLS on ``port`` with these certificates."""
        binary = _dovecot_binary()
        if binary is None:
            raise DovecotError(
                "dovecot binary not found; install it with "
                "`apt-get install -y dovecot-imapd` to run integration tests"
            )
        if os.geteuid() != 0:
            # The master must start as root to drop to mail/dovenull/dovecot.
            raise DovecotError("DovecotServer needs root (it runs its own Dovecot master)")
        self._binary = binary
        self._owns_root = root is None
        self.root = (
            Path(tempfile.mkdtemp(prefix="mailroom-dovecot-", dir=_default_tmp_parent()))
            if root is None
            else Path(root).absolute()
        )
        self._port = free_port()
        self._tls = tls
        self._tls_port = free_port() if tls else 0
        self._users: dict[str, str] = {}
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._deliver_seq = 0
        self._mail_uid, self._mail_gid = _ids("mail", "mail")
        try:
            self._layout()
        except BaseException:
            if self._owns_root:
                shutil.rmtree(self.root, ignore_errors=True)
            raise
        for login, password in {_PROBE_USER: _PROBE_PASSWORD, **(users or {})}.items():
            self._write_user(login, password)
        self._write_config()

    # ------------------------------------------------------------------ paths
    @property
    def host(self) -> str:
        return HOST

    @property
    def port(self) -> int:
        return self._port

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.root / "log" / "dovecot.log"

    @property
    def users(self) -> dict[str, str]:
        """Copy of login -> password (without the internal probe user)."""
        return {u: p for u, p in self._users.items() if u != _PROBE_USER}

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    # ----------------------------------------------------------------- set-up
    def _layout(self) -> None:
        # dovenull/dovecot/mail must traverse every directory we create...
        missing = [p for p in (self.root, *self.root.parents) if not p.exists()]
        self.root.mkdir(parents=True, exist_ok=True)
        for p in missing:
            os.chmod(p, 0o755)
        os.chmod(self.root, 0o755)
        # ...and every one we did not (e.g. a 0700 pytest tmp_path parent).
        for p in self.root.parents:
            if not p.stat().st_mode & 0o001:
                raise DovecotError(
                    f"{p} is not world-traversable (o+x); Dovecot's unprivileged "
                    f"processes could not reach {self.root}. Use another root."
                )
        for sub in ("run", "state", "log", "passwd.d"):
            (self.root / sub).mkdir(exist_ok=True)
            os.chmod(self.root / sub, 0o755)
        for sub in ("mail", "home"):
            d = self.root / sub
            d.mkdir(exist_ok=True)
            os.chmod(d, 0o755)
            os.chown(d, self._mail_uid, self._mail_gid)

    def _write_user(self, login: str, password: str) -> None:
        """One passwd-file per user (passwd.d/<login>), written atomically.

        Why per user: Dovecot stats a passwd-file at most once per second, so
        a user appended to a shared file may stay unknown for up to 1 s. A
        new per-user file is read on first lookup (a missing file is not
        cached), so add_user() needs no wait.
        """
        self._check_cred(login, password)
        if "/" in login or login.startswith("."):
            raise ValueError(f"login may not contain '/' or start with '.': {login!r}")
        path = self.root / "passwd.d" / login
        tmp = path.with_name(f".{login}.tmp")
        old_mtime = path.stat().st_mtime_ns if path.exists() else 0
        tmp.write_text(f"{login}:{password}\n")
        os.chmod(tmp, 0o644)  # auth runs as the dovecot user; test creds only
        # A changed file must look changed even within the same second.
        mtime = max(tmp.stat().st_mtime_ns, old_mtime + 1_000_000_000)
        os.utime(tmp, ns=(mtime, mtime))
        os.replace(tmp, path)
        self._users[login] = password

    @staticmethod
    def _check_cred(login: str, password: str) -> None:
        for value in (login, password):
            if not value or any(c in value for c in ":\n\r\t\0"):
                raise ValueError(f"login/password may not be empty or contain ':' or control chars: {value!r}")

    def _write_config(self) -> None:
        r = self.root
        self.config_path.write_text(
            f"""# Generated by tests/harness/dovecot.py -- throw-away test instance.
base_dir = {r}/run
state_dir = {r}/state
instance_name = mailroom-test-{self._port}
log_path = {self.log_path}
info_log_path = {self.log_path}
debug_log_path = {self.log_path}
protocols = imap
listen = {HOST}
{self._ssl_settings()}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
auth_failure_delay = 0
default_login_user = dovenull
default_internal_user = dovecot
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:{r}/mail/%u
mail_fsync = never
mail_max_userip_connections = 1000
login_trusted_networks = 127.0.0.0/8
shutdown_clients = yes
namespace inbox {{
  inbox = yes
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {r}/passwd.d/%u
}}
userdb {{
  driver = static
  args = uid=mail gid=mail home={r}/home/%u
}}
service anvil {{
  # Disable auth penalty (progressive LOGIN-failure delay per IP, up to 15 s):
  # wrong-password tests from 127.0.0.1 would otherwise stall each other.
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = {HOST}
    port = {self._port}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {self._tls_port}
    ssl = yes
  }}
}}
"""
        )
        os.chmod(self.config_path, 0o644)

    def _ssl_settings(self) -> str:
        if self._tls is None:
            return "ssl = no"
        return (f"ssl = yes\nssl_cert = <{self._tls.server_cert}\nssl_key = <{self._tls.server_key}\n"
                f"ssl_dh = </usr/share/dovecot/dh.pem\nssl_min_protocol = TLSv1.2")

    @property
    def tls_port(self) -> int:
        if not self._tls:
            raise DovecotError("this server was started without tls=")
        return self._tls_port

    # -------------------------------------------------------------- lifecycle
    def start(self) -> "DovecotServer":
        """Start the master; return once a real LOGIN + SELECT succeeds."""
        if self.running:
            return self
        out = open(self.root / "log" / "master.out", "ab")  # noqa: SIM115 - handed to Popen
        try:
            self._proc = subprocess.Popen(
                [self._binary, "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # own process group -> killpg on stop
                close_fds=True,
            )
        finally:
            out.close()
        _LIVE.add(self)
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + _START_TIMEOUT
        last_err: Exception | None = None
        first_login_error: float | None = None
        assert self._proc is not None
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise DovecotError(
                    f"dovecot exited with code {self._proc.returncode} during start-up\n"
                    + self.log_tail()
                )
            try:
                # Connecting proves the port; LOGIN + SELECT prove auth and
                # mail storage (uid mail) work end to end.
                with self._login(_PROBE_USER, _PROBE_PASSWORD, timeout=5.0) as c:
                    c.select_folder("INBOX", readonly=True)
                return
            except LoginError as exc:
                # Auth answered but said no: a config/permission problem, not
                # slowness. Allow a moment for the auth process, then give up.
                last_err = exc
                first_login_error = first_login_error or time.monotonic()
                if time.monotonic() - first_login_error > 3.0:
                    break
                time.sleep(0.1)
            except (OSError, IMAPClient.Error) as exc:
                last_err = exc
                time.sleep(0.05)
        raise DovecotError(f"dovecot not ready: {last_err!r}\n" + self.log_tail())

    def stop(self) -> None:
        """SIGTERM the master, then SIGKILL whatever is left in its group."""
        proc, self._proc = self._proc, None
        _LIVE.discard(self)
        if proc is None:
            return
        pgid = proc.pid  # start_new_session: pgid == master pid
        if proc.poll() is None:
            # SIGTERM the whole group: the master alone takes ~1-2 s to wind
            # its children down; a group-wide TERM is what it would send them
            # anyway (shutdown_clients = yes) and usually takes 2-100 ms.
            # Cost: a few "Killed with signal 15" warnings in the log. It
            # sometimes still lingers ~1 s; every completed IMAP command is
            # already on disk, so SIGKILL after a short grace is safe here.
            _kill_group(pgid, signal.SIGTERM)
            try:
                proc.wait(_TERM_GRACE)
            except subprocess.TimeoutExpired:
                _kill_group(pgid, signal.SIGKILL)
                proc.wait(_STOP_TIMEOUT)
        # Children (imap, auth, log...) may outlive a killed master.
        deadline = time.monotonic() + _STOP_TIMEOUT
        while _group_alive(pgid):
            _kill_group(pgid, signal.SIGKILL)
            if time.monotonic() > deadline:
                raise DovecotError(f"dovecot processes in group {pgid} would not die")
            time.sleep(0.02)

    def restart(self) -> None:
        """Stop (waiting for the old master to be gone) and start on the same port."""
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop and, if we created the temp root, delete it.

        Set MAILROOM_KEEP_DOVECOT=1 to keep the directory for post-mortems.
        """
        self.stop()
        if self._owns_root and not os.environ.get("MAILROOM_KEEP_DOVECOT"):
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> "DovecotServer":
        try:
            return self.start()
        except BaseException:
            self.close()  # __exit__ will not run; don't leak the temp root
            raise

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ users
    def add_user(self, login: str, password: str) -> None:
        """Add a user, or change a password; LOGIN works once this returns.

        New users are visible at once. A password *change* may be missed by
        Dovecot's once-a-second passwd-file re-stat, so on a running server
        we then sleep into the next second (<= 1 s).
        """
        previous = self._users.get(login)
        if previous == password:
            return
        self._write_user(login, password)
        if previous is not None and self.running:
            time.sleep(1.01 - time.time() % 1)

    # ---------------------------------------------------------------- clients
    def _login(self, login: str, password: str, timeout: float = 30.0) -> IMAPClient:
        c = IMAPClient(HOST, port=self._port, ssl=False, timeout=timeout)
        try:
            c.login(login, password)
        except BaseException:
            try:
                c.shutdown()
            except Exception:  # noqa: BLE001
                pass
            raise
        return c

    def client(self, login: str) -> IMAPClient:
        """A logged-in IMAPClient for *login*; caller logs out (use `with`)."""
        try:
            password = self._users[login]
        except KeyError:
            raise KeyError(f"unknown user {login!r}; add_user() it first") from None
        return self._login(login, password)

    def append(
        self,
        login: str,
        raw: bytes,
        folder: str = "INBOX",
        flags: Iterable[str | bytes] = (),
    ) -> int | None:
        """APPEND one message over IMAP as *login*; creates *folder* if needed.

        Returns the UID from APPENDUID (None if the server did not say).
        Opens a connection per call (~15 ms): fine for tens of messages; use
        append_many() or bulk_deliver() for thousands.
        """
        with self.client(login) as c:
            self._ensure_folder(c, folder)
            resp = c.append(folder, raw, flags=list(flags))
        uids = _appenduid(resp)
        return uids[0] if uids else None

    def append_many(
        self,
        login: str,
        messages: Iterable[bytes],
        folder: str = "INBOX",
        flags: Iterable[str | bytes] = (),
        batch: int = 1000,
    ) -> list[int]:
        """APPEND many messages over one connection with MULTIAPPEND (RFC 3502).

        Why: plain APPEND waits for a continuation round trip per message
        (~0.9 ms each on tmpfs, ~2.5 ms on ext4) and append() adds a LOGIN
        (~13 ms); MULTIAPPEND with LITERAL+ streams *batch* messages per
        command (5,000 in ~0.25 s on tmpfs) through Dovecot's real APPEND
        path. Returns the UIDs from APPENDUID, in order.
        """
        flag_list = list(flags)
        uids: list[int] = []
        with self.client(login) as c:
            self._ensure_folder(c, folder)
            pending: list[dict[str, object]] = []

            def flush() -> None:
                if pending:
                    uids.extend(_appenduid(c.multiappend(folder, pending)))
                    pending.clear()

            for raw in messages:
                item: dict[str, object] = {"msg": raw}
                if flag_list:
                    item["flags"] = flag_list
                pending.append(item)
                if len(pending) >= batch:
                    flush()
            flush()
        return uids

    @staticmethod
    def _ensure_folder(c: IMAPClient, folder: str) -> None:
        if folder.upper() != "INBOX" and not c.folder_exists(folder):
            c.create_folder(folder)

    # ----------------------------------------------------------- bulk loading
    def _doveadm(self, *args: str) -> str:
        doveadm = _doveadm_binary()
        if doveadm is None:
            raise DovecotError("doveadm not found")
        res = subprocess.run(
            [doveadm, "-c", str(self.config_path), *args],
            capture_output=True,
            text=True,
            timeout=30,
        )
        if res.returncode != 0:
            raise DovecotError(f"doveadm {' '.join(args)} failed: {res.stderr.strip()}\n" + self.log_tail())
        return res.stdout

    def folder_path(self, login: str, folder: str = "INBOX") -> Path:
        """On-disk Maildir of *folder*, as Dovecot itself resolves it."""
        return Path(self._doveadm("mailbox", "path", "-u", login, folder).strip())

    def bulk_deliver(self, login: str, messages: Iterable[bytes], folder: str = "INBOX") -> int:
        """Write messages straight into the Maildir new/ dir; return the count.

        Why: it mimics an MDA (mail appears in new/, \\Recent, no flags,
        picked up by Dovecot's next sync rather than by an APPEND). Needs a
        running server (doveadm resolves the user via its auth socket). Speed is on a par with append_many()
        (~0.25 s for 5,000 on tmpfs). Files go to tmp/ then are renamed into
        new/ per Maildir rules, owned by mail:mail; Dovecot assigns UIDs in
        file-name order, which follows the iteration order here.
        """
        if login not in self._users:
            raise KeyError(f"unknown user {login!r}; add_user() it first")
        if not self.running:
            raise DovecotError("bulk_deliver() needs a running server: start() first")
        try:  # also creates the user's Maildir (INBOX) on first use
            self._doveadm("mailbox", "status", "-u", login, "messages", folder)
        except DovecotError:
            self._doveadm("mailbox", "create", "-u", login, folder)
        path = self.folder_path(login, folder)
        for sub in ("tmp", "new", "cur"):
            d = path / sub
            if not d.is_dir():
                d.mkdir(parents=True, exist_ok=True)
                os.chown(d, self._mail_uid, self._mail_gid)
        tmp_dir, new_dir = path / "tmp", path / "new"
        host = socket.gethostname().replace("/", r"\057").replace(":", r"\072")
        pid = os.getpid()
        sec = int(time.time())
        uid, gid = self._mail_uid, self._mail_gid
        count = 0
        with self._lock:
            for raw in messages:
                self._deliver_seq += 1
                seq = self._deliver_seq
                # <sec>.M<usec>P<pid>Q<n>.<host>,S=<size>: unique and sortable;
                # the zero-padded counter keeps delivery order == UID order.
                name = f"{sec}.M{seq:06d}P{pid}Q{seq}.{host},S={len(raw)}"
                tmp = tmp_dir / name
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                try:
                    view = memoryview(raw)
                    while view:
                        view = view[os.write(fd, view) :]
                    os.fchown(fd, uid, gid)
                finally:
                    os.close(fd)
                os.rename(tmp, new_dir / name)
                count += 1
        return count

    # ---------------------------------------------------------------- logging
    def log_tail(self, n: int = 50) -> str:
        """Last *n* lines of Dovecot's log (plus master stdout) for error messages."""
        chunks = []
        for path in (self.root / "log" / "master.out", self.log_path):
            try:
                lines = path.read_text(errors="replace").splitlines()
            except OSError:
                continue
            if lines:
                chunks.append(f"--- {path} (last {min(n, len(lines))} lines) ---")
                chunks.extend(lines[-n:] if n > 0 else [])
        return "\n".join(chunks) if chunks else "(no dovecot log yet)"

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<DovecotServer {HOST}:{self._port} {state} root={self.root}>"
