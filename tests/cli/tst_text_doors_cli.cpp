#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sa::test::ProcessRun;

namespace {
const QString Recipients = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients");
} // namespace

/// Every door refuses text the engine cannot carry, with the same words: siteadminctl create and
/// modify, Directory Import (with its line and column) and msmail-po user add/modify. A control
/// character, undecodable bytes or an oversized value gives one short line naming the attribute,
/// and nothing is written (issue 15's first finding: one such name stopped dirsync everywhere).
class TestTextDoorsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sa::test::Cli m_cli;

    void ctlRefuses(const QStringList& args, const QString& expected)
    {
        const QString problem = m_cli.ctlRefused(args, expected);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void poRefuses(const QStringList& args, const QString& expected)
    {
        const QString problem = m_cli.poRefused(args, expected);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QString csv(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli.org = m_dir.filePath(QStringLiteral("org"));
        QCOMPARE(m_cli.ctl({QStringLiteral("demo"), QStringLiteral("--linked")}).exitCode, 0);
    }

    void siteadminctlCreateAndModify()
    {
        ctlRefuses(
            {QStringLiteral("create"), QStringLiteral("mailbox"), Recipients,
             QStringLiteral("Given-Name=a\x01"
                            "b"),
             QStringLiteral("Surname=c")},
            QStringLiteral(
                "Given-Name: \"a\\x01b\" is not valid: it holds the control character \\x01 at character 2"));
        ctlRefuses(
            {QStringLiteral("create"), QStringLiteral("mailbox"), Recipients,
             QStringLiteral("Given-Name=Ann"), QStringLiteral("Surname=Tab\there")},
            QStringLiteral("Surname: \"Tab\\there\" is not valid: line breaks and tabs are not allowed"));
        ctlRefuses({QStringLiteral("modify"), Recipients + QStringLiteral("/cn=NancyD"),
                    QStringLiteral("Title=Boss\r")},
                   QStringLiteral("Title: \"Boss\\r\" is not valid"));
        ctlRefuses({QStringLiteral("modify"), Recipients + QStringLiteral("/cn=NancyD"),
                    QStringLiteral("Display-Name=") + QString::fromUtf8("Nan\xC3"
                                                                        "cy")},
                   QStringLiteral("it is not valid UTF-8"));
        // An oversized value is quoted short, in one short line.
        const ProcessRun r = m_cli.ctl({QStringLiteral("modify"), Recipients + QStringLiteral("/cn=NancyD"),
                                        QStringLiteral("Title=") + QString(100000, QLatin1Char('T'))});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.size() < 300, qPrintable(QString::number(r.err.size())));
        QVERIFY2(r.err.contains(QStringLiteral("(100000 characters) is not valid: it is longer than")),
                 qPrintable(r.err));
        // Notes are many lines: a line break is fine there.
        QCOMPARE(m_cli
                     .ctl({QStringLiteral("modify"), Recipients + QStringLiteral("/cn=NancyD"),
                           QStringLiteral("Info=first line\nsecond line")})
                     .exitCode,
                 0);
    }

    void directoryImport()
    {
        const QString file =
            csv(QStringLiteral("control.csv"), "Obj-Class,Common-Name,Display-Name,Mail-Nickname\r\n"
                                               "Mailbox,ok1,Fine Name,ok1\r\n"
                                               "Mailbox,bad1,Bad\x01Name,bad1\r\n");
        ctlRefuses({QStringLiteral("import"), file, QStringLiteral("--container"), Recipients},
                   QStringLiteral(
                       "control.csv:3:3: Display-Name: \"Bad\\x01Name\" is not valid: it holds the control "
                       "character \\x01"));
        const QString bytes =
            csv(QStringLiteral("latin1.csv"), "Obj-Class,Common-Name,Display-Name,Mail-Nickname\r\n"
                                              "Mailbox,caf1,Caf\xE9 Owner,caf1\r\n");
        ctlRefuses({QStringLiteral("import"), bytes, QStringLiteral("--container"), Recipients},
                   QStringLiteral("latin1.csv:2:3: the file is not UTF-8 text"));
    }

    void msmailPoUsers()
    {
        poRefuses({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("NEWONE"), QStringLiteral("--name"),
                   QStringLiteral("ab\x01"
                                  "c")},
                  QStringLiteral("the full name \"ab\\x01c\" is not valid: it holds the control character "
                                 "\\x01 at character 3"));
        poRefuses({QStringLiteral("user"), QStringLiteral("modify"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("AMARTIN"), QStringLiteral("--name"), QStringLiteral("Alice\tMartin")},
                  QStringLiteral("line breaks and tabs are not allowed"));
        poRefuses({QStringLiteral("user"), QStringLiteral("modify"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("AMARTIN"), QStringLiteral("--field"), QStringLiteral("Phone=555\r0100")},
                  QStringLiteral("the template field Phone's value \"555\\r0100\" is not valid"));
        poRefuses({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("NEWONE"), QStringLiteral("--name"), QString(31, QLatin1Char('n'))},
                  QStringLiteral("it is longer than 30 characters"));
        poRefuses({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("NWNET/PO1"),
                   QStringLiteral("NEW\x01"), QStringLiteral("--name"), QStringLiteral("New One")},
                  QStringLiteral("the mailbox name \"NEW\\x01\" contains \\x01"));
    }
};

QTEST_GUILESS_MAIN(TestTextDoorsCli)
#include "tst_text_doors_cli.moc"
