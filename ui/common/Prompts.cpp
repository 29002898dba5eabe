#include "Prompts.h"

#include <QList>
#include <functional>

namespace sa::ui {

namespace {
QList<QMessageBox::StandardButton> g_answers;
bool g_recording = false;
QStringList g_recorded;
Prompts::Kind g_last = Prompts::Kind::None;

/// A box of one button: recorded instead while a test records, else shown by `show`.
void tell(Prompts::Kind kind, const QString& text, const std::function<void()>& show)
{
    g_last = kind;
    if (g_recording) {
        g_recorded << text;
        return;
    }
    show();
}
} // namespace

Prompts::Kind Prompts::lastKind()
{
    return g_last;
}

QMessageBox::StandardButton Prompts::question(QWidget* parent, const QString& title, const QString& text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    g_last = Kind::Question;
    if (!g_answers.isEmpty()) {
        g_recorded << text;
        return g_answers.takeFirst();
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Prompts::error(QWidget* parent, const QString& title, const QString& text)
{
    tell(Kind::Error, text, [&] { QMessageBox::critical(parent, title, text); });
}

void Prompts::refuse(QWidget* parent, const QString& title, const QString& text)
{
    tell(Kind::Refusal, text, [&] { QMessageBox::warning(parent, title, text); });
}

void Prompts::failed(QWidget* parent, const QString& title, const core::Error& why, const QString& text)
{
    switch (why.code()) {
    case core::ErrorCode::Storage:
    case core::ErrorCode::NotADatabase:
    case core::ErrorCode::Busy:
    case core::ErrorCode::Cancelled:
    case core::ErrorCode::None:
        Prompts::error(parent, title, text);
        return;
    default:
        refuse(parent, title, text);
    }
}

void Prompts::information(QWidget* parent, const QString& title, const QString& text)
{
    tell(Kind::Information, text, [&] { QMessageBox::information(parent, title, text); });
}

void Prompts::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_answers.append(answer);
}

int Prompts::pendingAnswers()
{
    return int(g_answers.size());
}

void Prompts::setRecording(bool record)
{
    g_recording = record;
}

QStringList Prompts::takeRecorded()
{
    QStringList r = g_recorded;
    g_recorded.clear();
    return r;
}

} // namespace sa::ui
