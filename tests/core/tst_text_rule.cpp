#include "core/common/TextRule.h"

#include <QTest>

using namespace sa::core;

/// The one rule for text at every door: control characters, undecodable input, lone surrogates and
/// non-characters are refused with where they are; line breaks and tabs only in multi-line text;
/// the length limit; and values quoted for a one-line message at about 80 characters.
class TestTextRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsOrdinaryText()
    {
        for (const QString& ok :
             {QString(), QStringLiteral("Anna Hoffmann-Berg"), QStringLiteral("Zoë Ødegård"),
              QStringLiteral("東京 支社"), QString::fromUtf8("emoji \xF0\x9F\x93\xAE ok")})
            QVERIFY2(TextRule::problem(ok).isEmpty(), qPrintable(ok));
        QVERIFY(TextRule::problem(QStringLiteral("line one\nline two\r\n\tindented"), TextRule::Lines::Many)
                    .isEmpty());
    }

    void refusesWhatTheEngineCannotCarry_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QString>("expected");
        QTest::newRow("SOH") << QStringLiteral("a\x01"
                                               "b")
                             << 0 << QStringLiteral("the control character \\x01 at character 2");
        QTest::newRow("NUL") << QString(QChar(0)) << 1
                             << QStringLiteral("the control character \\x00 at character 1");
        QTest::newRow("ESC in notes") << QStringLiteral("x\x1b") << 1 << QStringLiteral("\\x1b");
        QTest::newRow("DEL") << QStringLiteral("x\x7f") << 0 << QStringLiteral("\\x7f");
        QTest::newRow("C1") << QString(QChar(0x85)) << 0 << QStringLiteral("\\x85");
        QTest::newRow("tab") << QStringLiteral("a\tb") << 0
                             << QStringLiteral("line breaks and tabs are not allowed (\\t at character 2)");
        QTest::newRow("CR") << QStringLiteral("a\r") << 0 << QStringLiteral("\\r at character 2");
        QTest::newRow("LF") << QStringLiteral("\n") << 0 << QStringLiteral("\\n at character 1");
        QTest::newRow("bad UTF-8") << QString::fromUtf8("caf\xC3") << 0
                                   << QStringLiteral("it is not valid UTF-8");
        QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) + QLatin1Char('x') << 0
                                             << QStringLiteral("a lone surrogate at character 1");
        QTest::newRow("lone low surrogate")
            << QString(QChar(0xDC00)) << 0 << QStringLiteral("a lone surrogate");
        QTest::newRow("non-character")
            << QString(QChar(0xFFFF)) << 0 << QStringLiteral("the non-character U+FFFF");
    }
    void refusesWhatTheEngineCannotCarry()
    {
        QFETCH(QString, value);
        QFETCH(int, lines);
        QFETCH(QString, expected);
        const QString why =
            TextRule::problem(value, lines ? TextRule::Lines::Many : TextRule::Lines::One).english();
        QVERIFY2(why.contains(expected), qPrintable(why));
    }

    void limitsTheLength()
    {
        QVERIFY(TextRule::problem(QString(30, QLatin1Char('x')), TextRule::Lines::One, 30).isEmpty());
        QCOMPARE(TextRule::problem(QString(31, QLatin1Char('x')), TextRule::Lines::One, 30).english(),
                 QStringLiteral("it is longer than 30 characters"));
    }

    void quotesAtMostEightyCharacters()
    {
        QCOMPARE(TextRule::quoted(QStringLiteral("a\tb\x01")), QStringLiteral("\"a\\tb\\x01\""));
        const QString huge(1024 * 1024, QLatin1Char('x'));
        const QString q = TextRule::quoted(huge);
        QVERIFY(q.size() < 120);
        QVERIFY(q.endsWith(QStringLiteral("...\" (1048576 characters)")));
        QCOMPARE(TextRule::quoted(QString(80, QLatin1Char('y'))),
                 QLatin1Char('"') + QString(80, QLatin1Char('y')) + QLatin1Char('"'));
    }
};

QTEST_GUILESS_MAIN(TestTextRule)
#include "tst_text_rule.moc"
