#pragma once
// The directory store tests' organization: NW with site SEATTLE (server X1) in a temporary folder,
// its site database open, and the mailboxes the tests make in its Recipients container.
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace sa::test {

class StoreFixture
{
protected:
    static inline const QString Org = QStringLiteral("NW");
    static inline const QString Site = QStringLiteral("SEATTLE");

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::DirectoryStore> m_store;
    QString m_path;

    /// For init().
    void openStore()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto org = core::Organization::create(m_dir->path(), Org, Site, QStringLiteral("X1"));
        QVERIFY2(org.ok(), qPrintable(org.error().message()));
        m_path = org->sitePath(Site);
        auto store = core::DirectoryStore::open(m_path);
        QVERIFY2(store.ok(), qPrintable(store.error().message()));
        m_store = std::move(store).value();
    }
    /// For cleanup().
    void closeStore()
    {
        m_store.reset();
        m_dir.reset();
    }

    core::Dn recipients() const { return core::SiteBuilder::recipientsDn(Org, Site); }
    core::Dn mailboxDn(const QString& alias) const { return recipients().child(QStringLiteral("cn"), alias); }

    core::AttributeValues mailbox(const QString& alias, const QString& display) const
    {
        return {{core::attr::MailNickname, {alias}}, {core::attr::DisplayName, {display}}};
    }

    core::Result<core::CommitResult> createMailbox(const QString& alias, const QString& display)
    {
        core::ChangeSet c;
        c.create(QStringLiteral("mailbox"), recipients(), mailbox(alias, display));
        return m_store->commit(c);
    }

    /// A change that must fail: the error names `expected`, and the database is as it was.
    void expectRejected(const core::ChangeSet& changes, core::ErrorCode code, const QString& expected)
    {
        const QString before = databaseDigest(m_path);
        const qint64 usn = m_store->highestUsn();
        const auto r = m_store->commit(changes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), code);
        QVERIFY2(r.error().message().contains(expected), qPrintable(r.error().message()));
        QCOMPARE(m_store->highestUsn(), usn);
        QCOMPARE(databaseDigest(m_path), before);
    }
};

} // namespace sa::test
