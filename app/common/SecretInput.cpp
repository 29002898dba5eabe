#include "SecretInput.h"

#include <QFile>
#include <QFileDevice>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace sa::app::SecretInput {

using namespace sa::core;

namespace {

QString firstLine(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

/// One line from the terminal, read a byte at a time from the descriptor (no stdio buffer keeps
/// what follows), with echo off until it is read.
Result<QString> readHidden(const QString& prompt)
{
    // Echo goes off before the prompt is shown, and nothing typed is thrown away (TCSANOW, not
    // TCSAFLUSH): an answer typed, or pasted, as soon as the prompt appears is read as typed.
    termios before{};
    const bool terminal = tcgetattr(STDIN_FILENO, &before) == 0;
    if (terminal) {
        termios quiet = before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ECHONL);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QByteArray line;
    char c = 0;
    ssize_t got = 0;
    while ((got = ::read(STDIN_FILENO, &c, 1)) == 1 && c != '\n')
        line.append(c);
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &before);
    if (got < 0 || (got == 0 && line.isEmpty()))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no answer was typed"));
    return firstLine(line);
}

} // namespace

Result<QString> fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        return Error(ErrorCode::NotAllowed,
                     QStringLiteral("%1 can be read by other users; chmod 600 it first").arg(path));
    return firstLine(file.readLine());
}

Result<QString> fromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("standard input cannot be read"));
    return firstLine(in.readLine());
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

Result<QString> fromTerminal(const QString& prompt, bool confirm)
{
    auto first = readHidden(prompt);
    if (!first || !confirm)
        return first;
    auto again = readHidden(QStringLiteral("Again: "));
    if (!again)
        return again;
    if (again.value() != first.value())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the two passwords typed differ"));
    return first;
}

} // namespace sa::app::SecretInput
