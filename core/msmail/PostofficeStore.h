#pragma once

#include "core/common/Error.h"
#include "core/dirsyncprotocol/DirsyncMessage.h"
#include "core/storage/SqliteConnection.h"

#include <QMap>
#include <QStringList>
#include <memory>

namespace sa::core {

/// PRAGMA application_id of an emulated postoffice's database ('SAPO').
constexpr quint32 PostofficeApplicationId = 0x5341504F;

struct PoUser
{
    QString mailbox;
    QString fullName;
    QMap<QString, QString> fields; ///< template fields: Prompt -> value (Phone, Title, ...)
};

struct PoRoute
{
    QString target; ///< NET/PO
    QString via;    ///< empty: direct
};

/// A line of the postoffice's address list (GAL): its users and the lists imported from elsewhere.
struct PoGalEntry
{
    QString fullName;
    QString address; ///< NET/PO/MAILBOX (or TYPE:address for foreign ones)
    bool local = false;
    QList<DirsyncField> fields; ///< template fields: a user's own, or those synchronization brought
};

/// One emulated MS Mail 3.x postoffice in ORG/postoffices/NET-PO.sqlite, the owner of its file's
/// connection: its users (and $SYSTEM, where dirsync mail arrives), its routing table (direct
/// postoffices, and indirect ones via another), its address list and settings. Its mailboxes are
/// PostofficeMail's, its queue PostofficeQueue's and its system log PostofficeSystemLog's, each
/// made on the store when needed. MS Mail's limits hold: network, postoffice and mailbox names of
/// at most 10 characters, full names of at most 30, no two users with the same full name.
class PostofficeStore
{
public:
    static constexpr int MaxFullName = 30;
    static const QString SystemMailbox; ///< "$SYSTEM"

    /// ORG/postoffices/NET-PO.sqlite, with '-' and '%' inside a name escaped (%2D, %25) so that no
    /// two postoffices share a file.
    static QString pathFor(const QString& orgDir, const QString& network, const QString& postoffice);
    /// The schema version this program writes (the last migration step).
    static int databaseVersion();
    /// Whether the folder has the postoffice NET/PO (in its file, or in one an earlier version named).
    static bool exists(const QString& orgDir, const QString& netPo);
    /// "NET/PO" checked and split; the error names the bad part.
    static Result<std::pair<QString, QString>> parseName(const QString& netPo);

    static Result<std::unique_ptr<PostofficeStore>> create(const QString& orgDir, const QString& netPo,
                                                           const QString& adminPassword);
    static Result<std::unique_ptr<PostofficeStore>> open(const QString& path);
    static Result<std::unique_ptr<PostofficeStore>> open(const QString& orgDir, const QString& netPo);
    /// Every postoffice of an organization folder, as NET/PO. A file of postoffices/ that cannot be
    /// opened is never passed over in silence: `unreadable` (when given) receives a line for each,
    /// naming the file and why.
    static QStringList list(const QString& orgDir, Phrases* unreadable = nullptr);
    /// Opens every postoffice of list() once and gives it to `visit`, stopping at its first failure:
    /// for the passes that visit each postoffice, which opened each twice (to list its name, then to
    /// work on it), a tenth of an idle cycle's openings (issue 18).
    static Status eachOpen(const QString& orgDir, Phrases* unreadable,
                           const std::function<Status(PostofficeStore&)>& visit);

    QString network() const { return m_network; }
    QString postoffice() const { return m_postoffice; }
    QString name() const { return m_network + QLatin1Char('/') + m_postoffice; }
    SqliteConnection& connection() { return *m_connection; }

    // Users.
    Status addUser(const QString& mailbox, const QString& fullName,
                   const QMap<QString, QString>& fields = {});
    /// Many users in one transaction (all or none), each as addUser would add it.
    Status addUsers(const QList<PoUser>& users);
    /// Changes the full name (when not empty) and sets (non-empty value) or clears (empty) fields.
    Status modifyUser(const QString& mailbox, const QString& fullName, const QMap<QString, QString>& fields);
    Status deleteUser(const QString& mailbox);
    Result<QList<PoUser>> users() const;
    bool hasMailbox(const QString& mailbox) const;

    // Routes.
    Status setRoute(const QString& target, const QString& via = {});
    Status removeRoute(const QString& target);
    Result<QList<PoRoute>> routes() const;
    /// The next hop towards NET/PO (itself when direct), or empty when there is no route.
    QString nextHop(const QString& target) const;

    // The address list.
    Result<QList<PoGalEntry>> gal() const;
    Status setExternal(const QString& address, const QString& fullName, const QString& source);
    Status removeExternal(const QString& address);

    // What directory synchronization asks of the postoffice (the agent is PostofficeDirsync; what
    // it writes down, DIRSYNC.LOG and T0, is PostofficeDirsyncJournal's).
    /// Whether the postoffice is a dirsync requestor (its changes then enter REQTRANS).
    bool isDirsyncRequestor() const;
    /// Whether the postoffice is the dirsync server of its dirsync network.
    bool isDirsyncServer() const;
    /// A value of the postoffice's settings (empty when unset), and setting one inside a transaction.
    QString metaValue(const QString& key) const;
    /// The same, with the failure to read it said.
    Result<QString> readMeta(const QString& key) const;
    Status setMetaValue(const QString& key, const QString& value);
    /// A user's address in dirsync transactions: PCM:NET/PO/MAILBOX.
    QString dirsyncAddress(const QString& mailbox) const;
    /// The users' data as a dirsync A transaction (no number yet).
    Result<DirsyncTransaction> userTransaction(const QString& mailbox) const;
    /// The same of a user already read (users()).
    DirsyncTransaction userTransaction(const PoUser& user) const;

private:
    explicit PostofficeStore(std::unique_ptr<SqliteConnection> connection);
    /// A user's full name and template fields, by the one rule for text (TextRule).
    static Status checkUserText(const QString& fullName, const QMap<QString, QString>& fields);
    /// One user of addUsers, in its transaction.
    Status insertUser(const PoUser& user);

    std::unique_ptr<SqliteConnection> m_connection;
    QString m_network;
    QString m_postoffice;
};

} // namespace sa::core
