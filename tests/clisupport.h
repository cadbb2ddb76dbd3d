#pragma once

// Running the `skydraft` binary from a test, the way a script or CI job would: no display.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace skydraft::test {

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

inline Run runSkydraft(const QStringList &args)
{
    QProcess p;
    // No display of any kind: the command line must not need one.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SKYDRAFT_BINARY), args);
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitCode(), p.exitStatus(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace skydraft::test
