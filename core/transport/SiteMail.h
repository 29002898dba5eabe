#pragma once

#include "core/common/Error.h"
#include "core/message/Message.h"

#include <QList>

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;

/// The site's delivered mail (the site_mail table): what the MTA delivered to a mailbox of the site
/// itself - a recipient's, or the directory synchronization service's $SYSTEM - until its owner takes
/// it. The one class that reads and writes that table; the MTA delivers, the DXA and the Runner ask
/// what waits and take it.
class SiteMail
{
public:
    /// A delivered message with its place in the table.
    struct Item
    {
        qint64 id = 0;
        Message message;
    };
    enum class Order
    {
        Delivered, ///< as the MTA delivered them
        Submitted  ///< as their senders submitted them (the DXA applies updates in this order)
    };

    explicit SiteMail(DirectoryStore& store) : m_store(store) {}

    /// Delivers `message` to `owner`; a message already delivered to it (the same message id) is kept
    /// once.
    Status deliver(const Message& message, const QString& owner);
    /// What waits for `owner`.
    Result<QList<Item>> of(const QString& owner, Order order = Order::Delivered) const;
    /// How many messages wait for `owner`.
    Result<int> count(const QString& owner) const;
    /// Takes message `id` off, inside the writer's transaction (its owner has dealt with it).
    static Status remove(DirectoryWriter& w, qint64 id);

private:
    DirectoryStore& m_store;
};

} // namespace sa::core
