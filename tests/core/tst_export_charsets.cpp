#include "core/common/Charset.h"
#include "core/directory/DirectoryExporter.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;

/// Directory Export writes the character sets the original's Export dialog offered and its import
/// reads (issue 22): ANSI (Windows-1252), Unicode (UTF-16 LE with its byte-order mark) and UTF-8.
/// Every recipient class exported and imported again in each changes nothing, also into a fresh
/// organization; a value Windows-1252 cannot hold is refused with the recipient and the attribute
/// named, and no file is left.
class TestExportCharsets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DirectoryStore> m_store;
    Dn m_recipients;

    static QString problems(const DirectoryImporter::Report& r)
    {
        return r.lines(QStringLiteral("in.csv")).join(u'\n');
    }
    Result<int> exportAs(DirectoryStore& store, Charset charset, const QString& path)
    {
        DirectoryExporter::Options options;
        options.container = m_recipients;
        options.charset = charset;
        return DirectoryExporter::exportFile(store, options, path);
    }
    /// Every recipient's non-system values, a line each, by DN.
    static QString listing(DirectoryStore& store, const Dn& container)
    {
        QStringList lines;
        auto objects = store.subtree(container, 1);
        for (const DirectoryObject& o : objects ? objects.value() : QList<DirectoryObject>()) {
            if (!o.cls->recipient)
                continue;
            QStringList values;
            for (auto it = o.values.constBegin(); it != o.values.constEnd(); ++it) {
                const AttributeDef* def = Schema::instance().findAttribute(it.key());
                if (def && !def->system)
                    values << it.key() + u'=' + it.value().join(u'|');
            }
            values.sort();
            lines << o.dn.key() + u' ' + values.join(u';');
        }
        lines.sort();
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void init()
    {
        m_store = sa::test::freshDemoSeattle(m_dir);
        QVERIFY(m_store);
        m_recipients = SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"));
        // Every recipient class, with text Windows-1252 holds beyond ASCII.
        const auto r = DirectoryImporter::importBytes(
            *m_store,
            QStringLiteral(
                "Obj-Class,Directory Name,Given-Name,Surname,Display Name,E-mail address,Members,Info\r\n"
                "mailbox,JuergenM,Jürgen,Müller,Jürgen Müller – Zürich,,,\"Raum 4, “Nord”\"\r\n"
                "remote,CafeE,,,Café €,SMTP:cafe@example.com,,\r\n"
                "dl,Equipe,,,Équipe,,JuergenM%CafeE%AndrewF,\r\n")
                .toUtf8(),
            m_recipients);
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
    }
    void cleanup() { m_store.reset(); }

    void everyClassRoundTripsInEveryCharacterSet_data()
    {
        QTest::addColumn<int>("charset");
        QTest::addColumn<QByteArray>("starts");
        QTest::addColumn<QByteArray>("holds"); // how "Müller" is written
        QTest::newRow("ANSI") << int(Charset::Ansi) << QByteArray("Obj-Class,") << QByteArray("M\xFCller");
        QTest::newRow("Unicode") << int(Charset::Unicode) << QByteArray("\xFF\xFEO\0b\0", 6)
                                 << QByteArray("M\0\xFC\0l\0l\0e\0r\0", 12);
        QTest::newRow("UTF-8") << int(Charset::Utf8) << QByteArray("Obj-Class,")
                               << QByteArray("M\xC3\xBCller");
    }
    void everyClassRoundTripsInEveryCharacterSet()
    {
        QFETCH(int, charset);
        QFETCH(QByteArray, starts);
        QFETCH(QByteArray, holds);
        const QString file = m_dir.filePath(QStringLiteral("out-%1.csv").arg(charset));
        auto n = exportAs(*m_store, Charset(charset), file);
        QVERIFY2(n.ok(), qPrintable(n.error().message()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith(starts));
        QVERIFY(bytes.contains(holds));
        // Imported again in the same character set: nothing changes.
        const QString before = listing(*m_store, m_recipients);
        DirectoryImporter::Options options;
        options.container = m_recipients;
        options.charset = Charset(charset);
        auto again = DirectoryImporter::importFile(*m_store, file, options);
        QVERIFY2(again.problems.isEmpty(), qPrintable(problems(again)));
        QCOMPARE(again.created, 0);
        QCOMPARE(again.modified, 0);
        QCOMPARE(again.unchanged, n.value());
        QCOMPARE(listing(*m_store, m_recipients), before);
        // Into a fresh organization: the recipients it lacked are made as they were.
        QTemporaryDir other;
        auto fresh = sa::test::freshDemoSeattle(other);
        QVERIFY(fresh);
        auto into = DirectoryImporter::importFile(*fresh, file, options);
        QVERIFY2(into.problems.isEmpty(), qPrintable(problems(into)));
        QCOMPARE(into.created, 3);
        QCOMPARE(listing(*fresh, m_recipients), before);
    }

    void whatWindows1252CannotHoldIsRefusedAndNoFileLeft()
    {
        const auto r = DirectoryImporter::importBytes(
            *m_store,
            QStringLiteral("Obj-Class,Directory Name,Display Name\r\nmailbox,LukaszW,Łukasz Wójcik\r\n")
                .toUtf8(),
            m_recipients);
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        const QString file = m_dir.filePath(QStringLiteral("refused.csv"));
        auto n = exportAs(*m_store, Charset::Ansi, file);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().message(),
                 QStringLiteral(
                     "/o=NORTHWIND/ou=SEATTLE/cn=Recipients/cn=LukaszW cannot be written in Windows-1252: "
                     "its Display-Name holds \"Ł\", which that character set does not have (export in "
                     "Unicode or UTF-8)"));
        QVERIFY(!QFile::exists(file));
        // Unicode and UTF-8 hold it.
        QVERIFY(exportAs(*m_store, Charset::Unicode, file).ok());
        QVERIFY(exportAs(*m_store, Charset::Utf8, file).ok());
    }
};

QTEST_GUILESS_MAIN(TestExportCharsets)
#include "tst_export_charsets.moc"
