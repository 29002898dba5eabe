#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/dirsync/DirsyncLog.h"
#include "core/host/DirsyncCycle.h"
#include "core/host/Runner.h"
#include "core/msmail/PostofficeMail.h"
#include "core/transport/SiteTransport.h"
#include "tests/support/DirsyncFixture.h"
#include "tests/support/MailNetwork.h"

#include <QFile>
#include <QTest>

using namespace sa::core;

/// One site database that cannot be opened stops nothing else (issue 15, finding 3): the
/// organization opens on the others, each question that needs the bad site names it, the services'
/// run and a dirsync cycle go on without it and say so, and mail for it waits until it can be opened
/// again instead of being set aside.
class TestUnreadableSite : public QObject, protected sa::test::DirsyncFixture
{
    Q_OBJECT

    QString m_saved; ///< LONDON's database as it was before break()

    /// LONDON's database cut to its first 5,000 bytes (a crash of the disk, a copy broken off).
    void breakLondon()
    {
        const QString path = m_org->sitePath(QStringLiteral("LONDON"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        m_saved = m_dir->filePath(QStringLiteral("LONDON.saved"));
        QVERIFY(QFile::copy(path, m_saved));
        QFile f(path);
        QVERIFY(f.resize(5000));
    }
    void mendLondon()
    {
        const QString path = m_org->sitePath(QStringLiteral("LONDON"));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(m_saved, path));
    }
    static QString text(const Phrases& lines) { return englishOf(lines).join(QLatin1Char('\n')); }

private Q_SLOTS:
    void cleanup() { tearDown(); }

    void theOtherSitesStayOpenAndTheBadOneIsNamed()
    {
        build(false);
        breakLondon();
        // LONDON sorts first: the organization is still opened, from SEATTLE.
        auto org = Organization::open(m_org->dir());
        QVERIFY2(org.ok(), qPrintable(org.ok() ? QString() : org.error().message()));
        QCOMPARE(org->name(), Org);

        const QString why =
            QStringLiteral("the site LONDON (sites/LONDON.sqlite) cannot be opened: not a site "
                           "database (truncated: 5000 bytes of the ");
        Phrases unreadable;
        QStringList names;
        auto sites = org->sites(&unreadable, &names);
        QVERIFY(sites.ok());
        QCOMPARE(sites->size(), 1);
        QCOMPARE(sites->first().name, QStringLiteral("SEATTLE"));
        QCOMPARE(names, QStringList{QStringLiteral("LONDON")});
        QCOMPARE(unreadable.size(), 1);
        QVERIFY2(unreadable.first().english().startsWith(why), qPrintable(unreadable.first().english()));
        // Without a place for the lines, the bad site is the error (work that needs every site).
        auto strict = org->sites();
        QVERIFY(!strict.ok());
        QVERIFY2(strict.error().message().startsWith(why), qPrintable(strict.error().message()));

        // SEATTLE's objects are reached; LONDON's are refused with the reason, not "no such site".
        const Dn seattle = SiteBuilder::siteDn(Org, QStringLiteral("SEATTLE"));
        QVERIFY(org->sitePathFor(seattle).ok());
        QVERIFY(org->list(seattle, 1).ok());
        auto london = org->sitePathFor(SiteBuilder::siteDn(Org, QStringLiteral("LONDON")));
        QCOMPARE(london.error().code(), ErrorCode::Storage);
        QVERIFY2(london.error().message().startsWith(why), qPrintable(london.error().message()));
        QCOMPARE(org->siteOfServer(QStringLiteral("X1"))->name, QStringLiteral("SEATTLE"));
        auto x2 = org->siteOfServer(QStringLiteral("X2"));
        QCOMPARE(x2.error().code(), ErrorCode::Storage);
        QVERIFY2(x2.error().message().contains(why), qPrintable(x2.error().message()));

        // The organization's listing: SEATTLE's part, and LONDON named.
        Phrases missed;
        auto all = org->list(Dn().child(QStringLiteral("o"), Org), 1, {}, &missed);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2); // the organization and SEATTLE
        QCOMPARE(all->at(1).dn, seattle);
        QCOMPARE(missed.size(), 1);

        // A new site needs every site's names: refused, naming LONDON, nothing written.
        auto added = m_org->addSite(QStringLiteral("PARIS"), QStringLiteral("X3"));
        QVERIFY(!added.ok());
        QVERIFY2(added.error().message().startsWith(why), qPrintable(added.error().message()));
        QVERIFY(!QFile::exists(org->sitePath(QStringLiteral("PARIS"))));
    }

    void mailForAnUnreadableSiteWaitsAndGoesWhenItCanBeOpened()
    {
        build(false);
        QVERIFY(PostofficeMail(*po(Po1))
                    .send(QStringLiteral("BCOOPER"), QStringLiteral("NORTHWIND/LONDON/STEVENB"),
                          QStringLiteral("To London"), QStringLiteral("While it was down"))
                    .ok());
        breakLondon();
        auto run = Runner(*m_org).runUntilIdle(60);
        QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message()));
        QVERIFY2(text(run->problems).contains(QStringLiteral("the site LONDON (sites/LONDON.sqlite)")),
                 qPrintable(text(run->problems)));
        // In SEATTLE's queue, waiting with the reason: not held, not returned.
        auto queue = MtaQueue(*site(QStringLiteral("SEATTLE"))).all();
        QVERIFY(queue.ok());
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().state, QStringLiteral("queued"));
        QVERIFY2(queue->first().reason.contains(QStringLiteral("LONDON")), qPrintable(queue->first().reason));
        QVERIFY(PostofficeMail(*po(Po1))
                    .mailbox(QStringLiteral("BCOOPER"))
                    ->isEmpty()); // no report to the sender

        mendLondon();
        auto again = Runner(*m_org).runUntilIdle(60);
        QVERIFY(again.ok());
        QVERIFY(again->problems.isEmpty());
        const QList<Message> mail =
            sa::test::siteMailOf(*m_org, QStringLiteral("LONDON"), QStringLiteral("StevenB"));
        QCOMPARE(mail.size(), 1);
        QCOMPARE(mail.first().subject, QStringLiteral("To London"));
    }

    void aCycleGoesOnWithoutAnUnreadableSite()
    {
        build(true);
        QVERIFY(cycle());
        ChangeSet c;
        c.create(QStringLiteral("mailbox"), SiteBuilder::recipientsDn(Org, QStringLiteral("SEATTLE")),
                 {{attr::DisplayName, {QStringLiteral("Nora Newcomb")}},
                  {attr::MailNickname, {QStringLiteral("NoraN")}}});
        QVERIFY(site(QStringLiteral("SEATTLE"))->commit(c).ok());
        breakLondon();
        auto report = DirsyncCycle(*m_org).run();
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QVERIFY(!report->clean());
        QVERIFY2(text(report->problems).contains(QStringLiteral("the site LONDON (sites/LONDON.sqlite)")),
                 qPrintable(text(report->problems)));
        // PO1, whose mail comes through SEATTLE, hears of SEATTLE's change; SEATTLE, which runs the
        // Directory Synchronization Server, logs what the cycle went on without.
        QVERIFY(gal(Po1).contains(QStringLiteral("Nora Newcomb")));
        QVERIFY(events(DirsyncEvent::StepFailed) >= 1);
        // PO2's mail goes through LONDON (X2): it waits there, and nothing is lost. Once LONDON can
        // be opened again, the next cycles bring PO2 up to date.
        mendLondon();
        for (int i = 0; i < 3 && !gal(Po2).contains(QStringLiteral("Nora Newcomb")); ++i)
            QVERIFY(cycle());
        QVERIFY(gal(Po2).contains(QStringLiteral("Nora Newcomb")));
        checkAgreement();
    }

    void noSiteReadableIsAnErrorNamingTheFirst()
    {
        build(false);
        for (const QString& name : {QStringLiteral("LONDON"), QStringLiteral("SEATTLE")}) {
            QFile f(m_org->sitePath(name));
            QVERIFY(f.resize(5000));
        }
        auto org = Organization::open(m_org->dir());
        QVERIFY(!org.ok());
        QVERIFY2(
            org.error().message().startsWith(QStringLiteral("the site LONDON (sites/LONDON.sqlite) cannot "
                                                            "be opened: not a site database")),
            qPrintable(org.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestUnreadableSite)
#include "tst_unreadable_site.moc"
