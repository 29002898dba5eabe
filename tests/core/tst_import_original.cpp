#include "core/common/Windows1252.h"
#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"
#include "tests/support/TestSupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;

/// Directory Import reads the files administrators of the original really have (issue 22): the
/// corpus of tests/data/import (each file's source in its SOURCES.md) imports into a fresh
/// organization with the objects, members and owners its lines mean; and each rule on its own:
/// header names by the original's labels in any case with blanks around them, Obj-Class values
/// (mailbox, dl, remote and their long forms), blank values made from others, members given
/// container-relative or by bare directory name. Bad input still writes nothing and says where.
class TestImportOriginal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DirectoryStore> m_store;
    Dn m_recipients;

    DirectoryImporter::Report importText(const QByteArray& text)
    {
        return DirectoryImporter::importBytes(*m_store, text, m_recipients);
    }
    DirectoryImporter::Report importCorpus(const QString& name)
    {
        return DirectoryImporter::importFile(*m_store, QStringLiteral(SITEADMIN_TEST_DATA "/import/") + name,
                                             m_recipients);
    }
    static QString problems(const DirectoryImporter::Report& r)
    {
        return r.lines(QStringLiteral("in.csv")).join(u'\n');
    }
    DirectoryObject recipient(const QString& cn) const
    {
        auto o = m_store->object(m_recipients.child(QStringLiteral("cn"), cn));
        return o ? o.value() : DirectoryObject();
    }
    QString dnOf(const QString& cn) const { return m_recipients.child(QStringLiteral("cn"), cn).key(); }
    static QStringList keys(const QStringList& dns)
    {
        QStringList out;
        for (const QString& d : dns)
            out << d.toLower();
        out.sort();
        return out;
    }
    /// Deletes the recipients `cns` of Recipients that exist.
    void removeAll(const QStringList& cns)
    {
        ChangeSet gone;
        for (const QString& cn : cns) {
            if (recipient(cn).isValid())
                gone.remove(m_recipients.child(QStringLiteral("cn"), cn));
        }
        QVERIFY(m_store->commit(gone).ok());
    }
    /// `text` as a Unicode file: UTF-16 LE after its byte-order mark.
    static QByteArray utf16File(const QString& text)
    {
        return QByteArray("\xFF\xFE") +
               QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    }
    int objectCount() const
    {
        return m_store->connection().scalar(QStringLiteral("SELECT count(*) FROM objects"))->toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_store = sa::test::freshDemoSeattle(m_dir);
        QVERIFY(m_store);
        m_recipients = SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"));
        // The SDK's example puts a mailbox on the server FALCON: SEATTLE gets it beside X1.
        ChangeSet falcon;
        SiteBuilder::addServer(falcon, QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"),
                               QStringLiteral("FALCON"));
        CommitOptions system;
        system.allowSystemObjects = true;
        QVERIFY(m_store->commit(falcon, system).ok());
    }
    void cleanup() { m_store.reset(); }

    void theCorpusImportsAsItsLinesMean()
    {
        const auto sdk = importCorpus(QStringLiteral("sdk-blank-values.csv"));
        QVERIFY2(sdk.problems.isEmpty(), qPrintable(problems(sdk)));
        QCOMPARE(sdk.created, 2);
        QCOMPARE(recipient(QStringLiteral("SteveMas")).value(attr::DisplayName),
                 QStringLiteral("Steve Masters"));
        QCOMPARE(recipient(QStringLiteral("SteveMas")).value(attr::MailNickname), QStringLiteral("SteveMas"));
        // mailbox,KevinY,,BOB,, : the display name from the surname, the alias from the directory name.
        QCOMPARE(recipient(QStringLiteral("KevinY")).value(attr::DisplayName), QStringLiteral("BOB"));
        QCOMPARE(recipient(QStringLiteral("KevinY")).value(attr::MailNickname), QStringLiteral("KevinY"));
        QCOMPARE(recipient(QStringLiteral("KevinY")).value(attr::Surname), QStringLiteral("BOB"));
        // Home-Server "FALCON" by the server's name, kept as its DN; KevinY's blank one: the site's
        // first server.
        const Dn servers = SiteBuilder::serversDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"));
        QCOMPARE(recipient(QStringLiteral("SteveMas")).value(attr::HomeServer),
                 servers.child(QStringLiteral("cn"), QStringLiteral("FALCON")).toString());
        QCOMPARE(recipient(QStringLiteral("KevinY")).value(attr::HomeServer),
                 servers.child(QStringLiteral("cn"), QStringLiteral("X1")).toString());

        const auto dls = importCorpus(QStringLiteral("migration-dl.csv"));
        QVERIFY2(dls.problems.isEmpty(), qPrintable(problems(dls)));
        QCOMPARE(dls.created, 2);
        const DirectoryObject marketing = recipient(QStringLiteral("Marketing"));
        QCOMPARE(marketing.cls->name, QStringLiteral("distribution-list"));
        QCOMPARE(marketing.value(attr::DisplayName), QStringLiteral("Marketing"));
        QCOMPARE(keys(marketing.valuesOf(attr::Member)),
                 (QStringList{dnOf(QStringLiteral("KevinY")), dnOf(QStringLiteral("SteveMas"))}));
        QCOMPARE(marketing.value(attr::Owner).toLower(), dnOf(QStringLiteral("SteveMas")));
        QCOMPARE(marketing.value(attr::HideFromAddressBook), QStringLiteral("TRUE"));
        const DirectoryObject support = recipient(QStringLiteral("Support"));
        QCOMPARE(keys(support.valuesOf(attr::Member)),
                 (QStringList{dnOf(QStringLiteral("KevinY")), dnOf(QStringLiteral("SteveMas"))}));
        QCOMPARE(support.value(attr::HideFromAddressBook), QStringLiteral("FALSE"));

        const auto remote = importCorpus(QStringLiteral("q146304-remote.csv"));
        QVERIFY2(remote.problems.isEmpty(), qPrintable(problems(remote)));
        QCOMPARE(remote.created, 3);
        for (const QString& cn : {QStringLiteral("JoeS"), QStringLiteral("AnnB"), QStringLiteral("LiZ")}) {
            QCOMPARE(recipient(cn).cls->name, QStringLiteral("custom-recipient"));
            QCOMPARE(recipient(cn).value(attr::MailNickname), cn);
        }
        QCOMPARE(recipient(QStringLiteral("JoeS")).value(attr::TargetAddress),
                 QStringLiteral("SMTP:joe@example.com"));
        QCOMPARE(recipient(QStringLiteral("AnnB")).value(attr::DisplayName), QStringLiteral("AnnB"));
    }

    void headerNamesByTheOriginalsLabelsInAnyCase_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("schema names")
            << QByteArray("Obj-Class,Common-Name,Display-Name,Mail-Nickname,Target-Address");
        QTest::newRow("the Administrator's labels")
            << QByteArray("Obj-Class,Directory Name,Display Name,Alias Name,E-mail address");
        QTest::newRow("any case, blanks around")
            << QByteArray("  OBJ-CLASS , directory   name ,DISPLAY NAME,  alias name\t,e-mail ADDRESS ");
    }
    void headerNamesByTheOriginalsLabelsInAnyCase()
    {
        QFETCH(QByteArray, header);
        const auto r = importText(header + "\r\nremote,PatK,Pat Kim,PatKim,SMTP:pat@example.com\r\n");
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        const DirectoryObject pat = recipient(QStringLiteral("PatK"));
        QCOMPARE(pat.value(attr::DisplayName), QStringLiteral("Pat Kim"));
        QCOMPARE(pat.value(attr::MailNickname), QStringLiteral("PatKim"));
        QCOMPARE(pat.value(attr::TargetAddress), QStringLiteral("SMTP:pat@example.com"));
    }

    void objClassValuesAsTheOriginal_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("className");
        QTest::addColumn<QString>("extra"); // what the class needs beside a name
        const QString address = QStringLiteral("SMTP:x@example.com");
        QTest::newRow("mailbox") << "mailbox"
                                 << "mailbox"
                                 << "";
        QTest::newRow("Mailbox") << "Mailbox"
                                 << "mailbox"
                                 << "";
        QTest::newRow("dl") << "dl"
                            << "distribution-list"
                            << "";
        QTest::newRow("DL") << "DL"
                            << "distribution-list"
                            << "";
        QTest::newRow("Distribution List") << "Distribution List"
                                           << "distribution-list"
                                           << "";
        QTest::newRow("Dist-List") << "Dist-List"
                                   << "distribution-list"
                                   << "";
        QTest::newRow("remote") << "remote"
                                << "custom-recipient" << address;
        QTest::newRow("Custom Recipient") << "custom recipient"
                                          << "custom-recipient" << address;
        QTest::newRow("schema name") << "custom-recipient"
                                     << "custom-recipient" << address;
    }
    void objClassValuesAsTheOriginal()
    {
        QFETCH(QString, value);
        QFETCH(QString, className);
        QFETCH(QString, extra);
        const auto r = importText("Obj-Class,Directory Name,E-mail address\r\n" +
                                  QStringLiteral("%1,New1,%2\r\n").arg(value, extra).toUtf8());
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        QCOMPARE(recipient(QStringLiteral("New1")).cls->name, className);
    }

    void blankValuesAreMadeOnlyForANewObject()
    {
        // Given and surname make the display name; nothing at all: the directory name.
        auto r = importText("Obj-Class,Directory Name,Given-Name,Surname,Display Name\r\n"
                            "mailbox,AnaR,Ana,Ruiz,\r\nmailbox,Plain,,,\r\n");
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        QCOMPARE(recipient(QStringLiteral("AnaR")).value(attr::DisplayName), QStringLiteral("Ana Ruiz"));
        QCOMPARE(recipient(QStringLiteral("Plain")).value(attr::DisplayName), QStringLiteral("Plain"));
        // A directory name an alias cannot hold is made one it can.
        r = importText("Obj-Class,Directory Name\r\nmailbox,Ana María (Sales)\r\n");
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        QCOMPARE(recipient(QStringLiteral("Ana María (Sales)")).value(attr::MailNickname),
                 QStringLiteral("AnaMariaSales"));
        // An existing object's blank field leaves its value as it is: nothing is made for it.
        r = importText("Obj-Class,Directory Name,Given-Name,Display Name\r\nmailbox,AnaR,Anna,\r\n");
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        QCOMPARE(recipient(QStringLiteral("AnaR")).value(attr::GivenName), QStringLiteral("Anna"));
        QCOMPARE(recipient(QStringLiteral("AnaR")).value(attr::DisplayName), QStringLiteral("Ana Ruiz"));
    }

    void membersContainerRelativeOrBare()
    {
        QVERIFY(importCorpus(QStringLiteral("sdk-blank-values.csv")).problems.isEmpty());
        const auto r = importText("Obj-Class,Directory Name,Members\r\n"
                                  "dl,Full,/o=NORTHWIND/ou=SEATTLE/cn=Recipients/cn=SteveMas\r\n"
                                  "dl,Relative,cn=Recipients/cn=SteveMas\r\n"
                                  "dl,Bare, SteveMas % KevinY \r\n");
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        QCOMPARE(keys(recipient(QStringLiteral("Full")).valuesOf(attr::Member)),
                 QStringList{dnOf(QStringLiteral("SteveMas"))});
        QCOMPARE(keys(recipient(QStringLiteral("Relative")).valuesOf(attr::Member)),
                 QStringList{dnOf(QStringLiteral("SteveMas"))});
        QCOMPARE(keys(recipient(QStringLiteral("Bare")).valuesOf(attr::Member)),
                 (QStringList{dnOf(QStringLiteral("KevinY")), dnOf(QStringLiteral("SteveMas"))}));
    }

    void multivaluedAppendAddsOverwriteReplaces()
    {
        QVERIFY(importCorpus(QStringLiteral("sdk-blank-values.csv")).problems.isEmpty());
        QVERIFY(importText("Obj-Class,Directory Name,Members\r\ndl,Team,SteveMas\r\n").problems.isEmpty());
        DirectoryImporter::Options append;
        append.container = m_recipients;
        append.multivalued = DirectoryImporter::Multivalued::Append;
        // Append: the file's members join those the list has; one it has already is not doubled.
        auto r = DirectoryImporter::importBytes(
            *m_store, "Obj-Class,Directory Name,Members\r\ndl,Team,KevinY%SteveMas\r\n", append);
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        QCOMPARE(r.modified, 1);
        QCOMPARE(keys(recipient(QStringLiteral("Team")).valuesOf(attr::Member)),
                 (QStringList{dnOf(QStringLiteral("KevinY")), dnOf(QStringLiteral("SteveMas"))}));
        // The same again changes nothing.
        r = DirectoryImporter::importBytes(*m_store, "Obj-Class,Directory Name,Members\r\ndl,Team,KevinY\r\n",
                                           append);
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        QCOMPARE(r.unchanged, 1);
        // A plain multi-valued attribute too (the generated addresses stay), and ~DEL still clears.
        const QStringList addresses = recipient(QStringLiteral("KevinY")).valuesOf(attr::ProxyAddresses);
        QVERIFY(!addresses.isEmpty());
        r = DirectoryImporter::importBytes(
            *m_store,
            "Obj-Class,Directory Name,Proxy-Addresses\r\nmailbox,KevinY,smtp:kevin.y@other.example.com\r\n",
            append);
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        QCOMPARE(recipient(QStringLiteral("KevinY")).valuesOf(attr::ProxyAddresses),
                 addresses + QStringList{QStringLiteral("smtp:kevin.y@other.example.com")});
        // Overwrite (the default): the file's members are the list's.
        r = importText("Obj-Class,Directory Name,Members\r\ndl,Team,KevinY\r\n");
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        QCOMPARE(keys(recipient(QStringLiteral("Team")).valuesOf(attr::Member)),
                 QStringList{dnOf(QStringLiteral("KevinY"))});
        r = DirectoryImporter::importBytes(*m_store, "Obj-Class,Directory Name,Members\r\ndl,Team,~DEL\r\n",
                                           append);
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        QVERIFY(recipient(QStringLiteral("Team")).valuesOf(attr::Member).isEmpty());
        QCOMPARE(DirectoryImporter::multivaluedFrom(QStringLiteral("APPEND")),
                 DirectoryImporter::Multivalued::Append);
        QVERIFY(!DirectoryImporter::multivaluedFrom(QStringLiteral("merge")));
    }

    void charactersInWindows1252AndUtf16()
    {
        // The same lines in Windows-1252 (chosen) and UTF-16 LE (its byte-order mark says so).
        DirectoryImporter::Options ansi;
        ansi.container = m_recipients;
        ansi.charset = Charset::Ansi;
        auto r = DirectoryImporter::importFile(
            *m_store, QStringLiteral(SITEADMIN_TEST_DATA "/import/ansi-names.csv"), ansi);
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        QCOMPARE(recipient(QStringLiteral("JuergenM")).value(attr::DisplayName),
                 QStringLiteral("Jürgen Müller"));
        QCOMPARE(recipient(QStringLiteral("CafeE")).value(attr::DisplayName),
                 QStringLiteral("Café – “Ñoño” €"));
        removeAll({QStringLiteral("JuergenM"), QStringLiteral("CafeE")});
        r = importCorpus(QStringLiteral("unicode-names.csv"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        QCOMPARE(recipient(QStringLiteral("JuergenM")).value(attr::Surname), QStringLiteral("Müller"));
        QCOMPARE(recipient(QStringLiteral("CafeE")).value(attr::DisplayName),
                 QStringLiteral("Café – “Ñoño” €"));
    }

    void theCorpusReadsAlikeInEveryCharacterSet_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : {"sdk-blank-values.csv", "migration-dl.csv", "q146304-remote.csv"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void theCorpusReadsAlikeInEveryCharacterSet()
    {
        QFETCH(QString, file);
        if (file != QLatin1String("sdk-blank-values.csv"))
            QVERIFY(importCorpus(QStringLiteral("sdk-blank-values.csv")).problems.isEmpty());
        auto bytes = DirectoryImporter::readFile(QStringLiteral(SITEADMIN_TEST_DATA "/import/") + file);
        QVERIFY(bytes.ok());
        const QString text = QString::fromUtf8(bytes.value());
        QByteArray ansi;
        for (const QChar c : text)
            ansi += char(Windows1252::encode(c));
        const QByteArray unicode = utf16File(text);
        // Each encoding into a fresh copy of the directory: the same objects with the same values.
        QString expected;
        for (const auto& [encoded, charset] :
             {std::pair{bytes.value(), Charset::Detect},
              std::pair{QByteArray("\xEF\xBB\xBF") + bytes.value(), Charset::Detect},
              std::pair{ansi, Charset::Ansi}, std::pair{unicode, Charset::Detect},
              std::pair{unicode, Charset::Unicode}}) {
            DirectoryImporter::Options options;
            options.container = m_recipients;
            options.charset = charset;
            auto r = DirectoryImporter::importBytes(*m_store, encoded, options);
            QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
            QVERIFY(r.created > 0);
            QString listed;
            for (const QString& cn :
                 {QStringLiteral("SteveMas"), QStringLiteral("KevinY"), QStringLiteral("Marketing"),
                  QStringLiteral("Support"), QStringLiteral("JoeS"), QStringLiteral("AnnB"),
                  QStringLiteral("LiZ")}) {
                const DirectoryObject o = recipient(cn);
                listed += cn + u':' + o.value(attr::DisplayName) + u':' + o.value(attr::MailNickname) + u':' +
                          o.valuesOf(attr::Member).join(u'%') + u'\n';
            }
            if (expected.isEmpty())
                expected = listed;
            QCOMPARE(listed, expected);
            // Undone for the next encoding: every object this import made is removed again.
            removeAll({QStringLiteral("Marketing"), QStringLiteral("Support"), QStringLiteral("JoeS"),
                       QStringLiteral("AnnB"), QStringLiteral("LiZ")});
            if (file == QLatin1String("sdk-blank-values.csv"))
                removeAll({QStringLiteral("SteveMas"), QStringLiteral("KevinY")});
        }
    }

    void textThatIsNotTextInItsCharacterSetWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("charset");
        QTest::addColumn<QString>("expected");
        const QByteArray head("Obj-Class,Directory Name,Display Name\r\nmailbox,Ok1,Fine\r\n");
        QTest::newRow("Windows-1252: 0x81")
            << head + "mailbox,Bad\x81,Bad\r\n"
            << int(Charset::Ansi)
            << "in.csv:3:2: the file is not Windows-1252 text: the byte 0x81 is no character in it";
        QTest::newRow("UTF-8: a Windows-1252 file read as UTF-8")
            << head + "mailbox,M\xFCller,M\r\n"
            << int(Charset::Detect) << "in.csv:3:2: the file is not UTF-8 text (byte 10 of the line)";
        const auto utf16 = &utf16File;
        QTest::newRow("UTF-16: a lone low surrogate")
            << utf16(QString::fromUtf8(head) + QStringLiteral("mailbox,X,") + QChar(0xDC00) +
                     QStringLiteral("\r\n"))
            << int(Charset::Detect)
            << "in.csv:3:3: the file is not UTF-16 text: half of a surrogate pair stands alone";
        QTest::newRow("UTF-16: an odd byte at the end")
            << utf16(QString::fromUtf8(head) + QStringLiteral("mailbox,X,Y")) + "\x41"
            << int(Charset::Unicode) << "in.csv:3:3: the file is not UTF-16 text: it ends inside a character";
        QTest::newRow("a byte-order mark against the choice")
            << utf16(QString::fromUtf8(head)) << int(Charset::Ansi)
            << "in.csv:1:1: the file is UTF-16 (it starts with the byte-order mark of UTF-16), not "
               "Windows-1252";
        QTest::newRow("UTF-16 big-endian") << QByteArray("\xFE\xFF\x00O") << int(Charset::Detect)
                                           << "in.csv:1:1: the file is UTF-16 big-endian, which is not read";
    }
    void textThatIsNotTextInItsCharacterSetWritesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, charset);
        QFETCH(QString, expected);
        const QString before = sa::test::databaseDigest(m_store->path());
        DirectoryImporter::Options options;
        options.container = m_recipients;
        options.charset = Charset(charset);
        const auto r = DirectoryImporter::importBytes(*m_store, bytes, options);
        QVERIFY(!r.problems.isEmpty());
        QVERIFY2(problems(r).startsWith(expected), qPrintable(problems(r)));
        QCOMPARE(sa::test::databaseDigest(m_store->path()), before);
    }

    void aSurrogatePairAcrossTwoPiecesOfTheFile()
    {
        // The stream reads 64 KiB at a time; a pair whose halves fall in two pieces is one character.
        // Blank lines (no records) move the last row so that its pair's high half ends the first piece.
        const qsizetype unitsBefore = (64 * 1024 - 2) / 2 - 1; // after the byte-order mark
        const QString head = QStringLiteral("Obj-Class,Directory Name,Display Name\r\n");
        const QString last = QStringLiteral("mailbox,Wide,Smile ");
        QString text = head + QString(unitsBefore - head.size() - last.size(), QLatin1Char('\n')) + last;
        QCOMPARE(text.size(), unitsBefore);
        text += QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral("\r\n");
        DirectoryImporter::Options options;
        options.container = m_recipients;
        const QByteArray bytes = utf16File(text);
        QCOMPARE(bytes.mid(64 * 1024 - 2, 2), QByteArray("\x3D\xD8")); // the high half, last in the piece
        const auto r = DirectoryImporter::importBytes(*m_store, bytes, options);
        QVERIFY2(r.problems.isEmpty(), qPrintable(problems(r)));
        QCOMPARE(recipient(QStringLiteral("Wide")).value(attr::DisplayName),
                 QStringLiteral("Smile ") + QString::fromUtf8("\xF0\x9F\x98\x80"));
    }

    void badHeadersAndReferencesWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one attribute twice")
            << QByteArray("Obj-Class,Display Name,Directory Name,display-name\r\nmailbox,A,A,A\r\n")
            << "in.csv:1:4: the header names Display-Name twice (columns 2 and 4)";
        QTest::newRow("Common-Name and Directory Name")
            << QByteArray("Obj-Class,Common-Name,Directory Name\r\nmailbox,A,A\r\n")
            << "in.csv:1:3: the header names Common-Name twice (columns 2 and 3)";
        QTest::newRow("a label the original did not have")
            << QByteArray("Obj-Class,Directory Name,Nick Name\r\nmailbox,A,A\r\n")
            << "in.csv:1:3: unknown attribute \"Nick Name\"";
        QTest::newRow("an unknown class")
            << QByteArray("Obj-Class,Directory Name\r\nmailbox,A\r\nprinter,B\r\n")
            << "in.csv:3:1: unknown class \"printer\" (use mailbox, dl or remote)";
        QTest::newRow("a member that is not there")
            << QByteArray("Obj-Class,Directory Name,Members\r\nmailbox,A,\r\ndl,L,A%Recipients/cn=Nobody\r\n")
            << "in.csv:3:3: ";
    }
    void badHeadersAndReferencesWriteNothing()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const int before = objectCount();
        const auto r = importText(text);
        QVERIFY(!r.problems.isEmpty());
        QVERIFY2(problems(r).startsWith(expected), qPrintable(problems(r)));
        QCOMPARE(r.created, 0);
        QCOMPARE(objectCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestImportOriginal)
#include "tst_import_original.moc"
