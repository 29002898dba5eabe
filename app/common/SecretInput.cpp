#include "SecretInput.h"

#include <QFile>
#include <QFileDevice>
#include <csignal>
#include <cstdio>
#include <iterator>
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

/// The terminal's settings from before echo went off, for the signal handler below.
termios g_before{};

/// The signals that end a program at a prompt (Ctrl+C, Ctrl+\, a closed terminal, kill): echo is
/// turned back on first, then the signal does what it would have done, so the shell is not left
/// with a terminal that shows nothing typed. tcsetattr, signal and raise are async-signal-safe.
constexpr int EndingSignals[] = {SIGINT, SIGQUIT, SIGHUP, SIGTERM};

extern "C" void restoreEchoAndEnd(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_before);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

/// While it lives, echo is off on standard input (a terminal) and the ending signals restore it.
class EchoOff
{
public:
    EchoOff()
    {
        m_terminal = tcgetattr(STDIN_FILENO, &g_before) == 0;
        if (!m_terminal)
            return;
        struct sigaction handler
        {
        };
        handler.sa_handler = restoreEchoAndEnd;
        sigemptyset(&handler.sa_mask);
        for (std::size_t i = 0; i < std::size(EndingSignals); ++i)
            sigaction(EndingSignals[i], &handler, &m_previous[i]);
        termios quiet = g_before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ECHONL);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    ~EchoOff()
    {
        if (!m_terminal)
            return;
        tcsetattr(STDIN_FILENO, TCSANOW, &g_before);
        for (std::size_t i = 0; i < std::size(EndingSignals); ++i)
            sigaction(EndingSignals[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_terminal = false;
    struct sigaction m_previous[std::size(EndingSignals)]{};
};

/// One line from the terminal, read a byte at a time from the descriptor (no stdio buffer keeps
/// what follows), with echo off until it is read.
Result<QString> readHidden(const QString& prompt)
{
    // Echo goes off before the prompt is shown, and nothing typed is thrown away (TCSANOW, not
    // TCSAFLUSH): an answer typed, or pasted, as soon as the prompt appears is read as typed.
    const EchoOff quiet;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QByteArray line;
    char c = 0;
    ssize_t got = 0;
    while ((got = ::read(STDIN_FILENO, &c, 1)) == 1 && c != '\n')
        line.append(c);
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
