#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sa::test::ProcessRun;

namespace {
const QString Recipients = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients");
} // namespace

/// siteadminctl import as the original's Directory Import (issue 15, findings 4 and 5): the
/// export, edited, imports again and changes only what was edited (an empty Mode is Update); a
/// folder or a device is named as what it is; a stray '%' is refused at its line and column and
/// nothing is written.
class TestImportModesCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sa::test::Cli m_cli;

    QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void write(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli.org = m_dir.filePath(QStringLiteral("org"));
        QCOMPARE(m_cli.ctl({QStringLiteral("demo"), QStringLiteral("--linked")}).exitCode, 0);
    }

    void exportEditImportIsAnUpdate()
    {
        const QString file = m_dir.filePath(QStringLiteral("recipients.csv"));
        const ProcessRun exported = m_cli.ctl({QStringLiteral("export"), file, Recipients});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QByteArray bytes = read(file);
        const int rows = int(bytes.count('\n')) - 1;
        QVERIFY(rows > 5);
        QVERIFY(bytes.contains("Andrew Fuller"));
        bytes.replace("Andrew Fuller", "Andrew J. Fuller");
        write(file, bytes);
        const ProcessRun imported =
            m_cli.ctl({QStringLiteral("import"), file, QStringLiteral("--container"), Recipients});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.out.trimmed(),
                 QStringLiteral("Imported %1: 0 created, 1 modified, %2 unchanged, 0 deleted")
                     .arg(file)
                     .arg(rows - 1));
        const ProcessRun shown =
            m_cli.ctl({QStringLiteral("show"), Recipients + QStringLiteral("/cn=AndrewF")});
        QVERIFY2(shown.out.contains(QStringLiteral("Andrew J. Fuller")), qPrintable(shown.out + shown.err));
    }

    void notAFileIsNamedForWhatItIs()
    {
        QString problem = m_cli.ctlRefused(
            {QStringLiteral("import"), m_dir.path(), QStringLiteral("--container"), Recipients},
            m_dir.path() + QStringLiteral(": is a folder, not a file to import"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = m_cli.ctlRefused(
            {QStringLiteral("import"), QStringLiteral("/dev/null"), QStringLiteral("--container"),
             Recipients},
            QStringLiteral("/dev/null: is not a regular file (a device or a pipe), nothing to import"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void anOversizedArgumentIsNotRepeatedInFull()
    {
        // A 100,000-character value (near the most one argument may be, 128 KiB) where a verb or a
        // DN is wanted: one short line, not the value again.
        const QString huge(100000, QLatin1Char('x'));
        for (const QStringList& args : {QStringList{QStringLiteral("dirsync"), huge},
                                        QStringList{QStringLiteral("show"), QStringLiteral("/o=") + huge},
                                        QStringList{QStringLiteral("import"), huge}}) {
            const ProcessRun r = m_cli.ctl(args);
            QVERIFY(r.exitCode != 0);
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(r.err.size() < 1200, qPrintable(r.err.left(200)));
        }
    }

    void multivaluedAppendOrOverwrite()
    {
        const QString file = m_dir.filePath(QStringLiteral("team.csv"));
        write(file, "Obj-Class, Directory Name, Members\r\ndl, Team, AndrewF\r\n");
        QCOMPARE(
            m_cli.ctl({QStringLiteral("import"), file, QStringLiteral("--container"), Recipients}).exitCode,
            0);
        write(file, "Obj-Class, Directory Name, Members\r\ndl, Team, AnnD\r\n");
        const ProcessRun appended =
            m_cli.ctl({QStringLiteral("import"), file, QStringLiteral("--container"), Recipients,
                       QStringLiteral("--multivalued"), QStringLiteral("append")});
        QVERIFY2(appended.exitCode == 0, qPrintable(appended.err));
        ProcessRun shown = m_cli.ctl({QStringLiteral("show"), Recipients + QStringLiteral("/cn=Team")});
        QVERIFY2(shown.out.contains(QStringLiteral("cn=AndrewF")) &&
                     shown.out.contains(QStringLiteral("cn=AnnD")),
                 qPrintable(shown.out));
        // A value it does not know is refused before anything is read or written.
        const QString problem =
            m_cli.ctlRefused({QStringLiteral("import"), file, QStringLiteral("--container"), Recipients,
                              QStringLiteral("--multivalued"), QStringLiteral("merge")},
                             QStringLiteral("--multivalued takes append or overwrite, not \"merge\""));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(m_cli
                     .ctl({QStringLiteral("import"), file, QStringLiteral("--container"), Recipients,
                           QStringLiteral("--multivalued"), QStringLiteral("overwrite")})
                     .exitCode,
                 0);
        shown = m_cli.ctl({QStringLiteral("show"), Recipients + QStringLiteral("/cn=Team")});
        QVERIFY2(!shown.out.contains(QStringLiteral("cn=AndrewF")) &&
                     shown.out.contains(QStringLiteral("cn=AnnD")),
                 qPrintable(shown.out));
    }

    void charsetChosenOrRefused()
    {
        const QString file = QStringLiteral(SITEADMIN_TEST_DATA "/import/ansi-names.csv");
        QString problem =
            m_cli.ctlRefused({QStringLiteral("import"), file, QStringLiteral("--container"), Recipients},
                             file + QStringLiteral(":2:3: the file is not UTF-8 text"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = m_cli.ctlRefused({QStringLiteral("import"), file, QStringLiteral("--container"), Recipients,
                                    QStringLiteral("--charset"), QStringLiteral("latin9")},
                                   QStringLiteral("--charset takes ansi, unicode or utf8, not \"latin9\""));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ProcessRun imported =
            m_cli.ctl({QStringLiteral("import"), file, QStringLiteral("--container"), Recipients,
                       QStringLiteral("--charset"), QStringLiteral("ANSI")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const ProcessRun shown =
            m_cli.ctl({QStringLiteral("show"), Recipients + QStringLiteral("/cn=CafeE")});
        QVERIFY2(shown.out.contains(QStringLiteral("Café – “Ñoño” €")), qPrintable(shown.out));
    }

    void exportInUnicodeImportsBackUnchanged()
    {
        const QString file = m_dir.filePath(QStringLiteral("unicode.csv"));
        const QString problem =
            m_cli.ctlRefused({QStringLiteral("export"), file, Recipients, QStringLiteral("--charset"),
                              QStringLiteral("ebcdic")},
                             QStringLiteral("--charset takes ansi, unicode or utf8, not \"ebcdic\""));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ProcessRun exported = m_cli.ctl({QStringLiteral("export"), file, Recipients,
                                               QStringLiteral("--charset"), QStringLiteral("unicode")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(read(file).startsWith("\xFF\xFEO\0"));
        // Its byte-order mark says what it is: no --charset needed to read it back.
        const ProcessRun imported =
            m_cli.ctl({QStringLiteral("import"), file, QStringLiteral("--container"), Recipients});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral(": 0 created, 0 modified, ")),
                 qPrintable(imported.out));
    }

    void aStrayPercentIsRefusedWhereItIs()
    {
        const QString file = m_dir.filePath(QStringLiteral("stray.csv"));
        write(file,
              QStringLiteral("Obj-Class,Common-Name,Proxy-Addresses\r\nMailbox,AndrewF,%\r\n").toUtf8());
        const QString problem = m_cli.ctlRefused(
            {QStringLiteral("import"), file, QStringLiteral("--container"), Recipients},
            file +
                QStringLiteral(":2:3: Proxy-Addresses: \"%\" has an empty value between its '%' separators"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestImportModesCli)
#include "tst_import_modes_cli.moc"
