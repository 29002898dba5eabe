#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <type_traits>
#include <vector>

#ifdef SA_LUPDATE_ONLY // never defined: lupdate reads it, and takes this class as the context of its texts
#include <QCoreApplication>
#endif

namespace sa::core {

/// A sentence for people that the core makes (an error, a refusal) and that can be said in the
/// reader's language where it is shown, not where it is made (issue 21): its English text with the
/// %1.. of the original and the words put into it, kept apart. english() is what the command line,
/// the logs, the event log and the tests read; translated() is what the window shows, through
/// QCoreApplication::translate with the context "sa::core::Phrase" (the window's catalogue holds
/// the German). Decided so because the core's errors are written into the event log and the run
/// history by a worker, which must not write in one administrator's language.
///
/// Phrase::tr("...") marks the text for lupdate; plain(text) wraps a text that has no translation
/// (SQLite's and the system's messages, values read from files).
class Phrase
{
#ifdef SA_LUPDATE_ONLY
    Q_DECLARE_TR_FUNCTIONS(sa::core::Phrase)
#endif
public:
    Phrase() = default;
    /// A text of ours, to be translated where it is shown (`source` must outlive the phrase: a literal).
    static Phrase tr(const char* source);
    /// A text that is said as it is, in every language.
    static Phrase plain(const QString& text);
    /// A text of ours held in a string (a class's label, marked where it is defined with
    /// QT_TRANSLATE_NOOP("sa::core::Phrase", ...)): translated as tr() is.
    static Phrase known(const QString& text);

    /// `parts` said one after another with `separator` between them ("; ").
    static Phrase joined(const std::vector<Phrase>& parts, const QString& separator);
    static Phrase joined(const QList<Phrase>& parts, const QString& separator)
    {
        return joined(std::vector<Phrase>(parts.cbegin(), parts.cend()), separator);
    }

    /// The phrase with its lowest %n filled, as QString::arg does.
    Phrase arg(const QString& a) const;
    /// Several at once, each a string or a phrase, as QString::arg(a1, a2, ...) does; a number
    /// there would be QString::arg's field width, so it is refused.
    template <typename A, typename B, typename... Rest>
    Phrase arg(const A& a, const B& b, const Rest&... rest) const
    {
        static_assert(!std::is_arithmetic_v<B> && (!std::is_arithmetic_v<Rest> && ...),
                      "give numbers one at a time: .arg(n)");
        return arg(a).arg(b, rest...);
    }
    Phrase arg(QLatin1String a) const
    {
        return arg(QString(a));
    }
    Phrase arg(const char* a) const = delete; // say which: plain(QString::fromUtf8(a)) or tr(a)
    Phrase arg(QChar a) const
    {
        return arg(QString(a));
    }
    Phrase arg(qlonglong a) const
    {
        return arg(QString::number(a));
    }
    Phrase arg(qulonglong a) const
    {
        return arg(QString::number(a));
    }
    Phrase arg(long a) const
    {
        return arg(QString::number(a));
    }
    Phrase arg(unsigned long a) const
    {
        return arg(QString::number(a));
    }
    Phrase arg(int a) const
    {
        return arg(QString::number(a));
    }
    Phrase arg(uint a) const
    {
        return arg(QString::number(a));
    }
    Phrase arg(double a) const
    {
        return arg(QString::number(a));
    }
    /// A phrase inside a phrase: each is said in the reader's language.
    Phrase arg(const Phrase& a) const;

    /// In English, as the program's source says it.
    QString english() const;
    /// In the language of the catalogues installed (English when none is).
    QString translated() const;
    /// The English text with its %n (null for a plain text) and the words put into it: for code
    /// that takes a phrase apart (StorageProblem::withoutPath).
    const char* source() const
    {
        return m_source;
    }
    const std::vector<Phrase>& args() const
    {
        return m_args;
    }
    bool isEmpty() const
    {
        return m_source == nullptr && m_plain.isEmpty();
    }
    /// The same sentence: compared as said in English (what a report says once, not every tick).
    bool operator==(const Phrase& other) const
    {
        return english() == other.english();
    }
    bool operator!=(const Phrase& other) const
    {
        return !(*this == other);
    }

private:
    QString said(bool translate) const;

    const char* m_source = nullptr; ///< the English text of ours, or null for a plain text
    QString m_plain;
    bool m_known = false;  ///< m_plain is a text of ours (known())
    bool m_joined = false; ///< m_args said one after another, m_plain between them (joined())
    std::vector<Phrase> m_args;
};

/// Lines of a report that go on after a failure ("the postoffice X cannot be opened: ..."), each said
/// where it is read.
using Phrases = QList<Phrase>;
/// `phrases` in English, for the command line and the logs.
QStringList englishOf(const Phrases& phrases);
/// `phrases` in the reader's language.
QStringList translatedOf(const Phrases& phrases);

} // namespace sa::core
