#pragma once

#include <QByteArray>
#include <QString>

namespace sa::core {

class Organization;

/// What became of one message the MTA delivered.
struct ImsDelivery
{
    enum class Kind
    {
        Delivered,  ///< taken into the site's MTA queue
        AlreadyHad, ///< taken before (the MTA delivered it again): nothing done
        TryLater,   ///< the site cannot take it now (busy, its service stopped): the MTA keeps it
        Refused     ///< never: not a message between sites, not for this site, not from a connected one,
                    ///< not signed with the pair's secret
    };
    Kind kind = Kind::Refused;
    QString text; ///< one line
};

/// The Internet Mail Service's inbound side (siteadminctl deliver): one RFC 5322 message from the MTA,
/// applied exactly once. It is read (CrossingMessage), its target must be a site of this folder, its
/// origin a site that site's Internet Mail Service is connected to, and its signature the one the
/// pair's secret makes; then it enters the site MTA's queue in one transaction with its id, so a
/// second delivery of it changes nothing. Refusals of who sent it are written to the event log; a
/// message that is not one between sites writes nothing. A delivery status report (the MTA bouncing
/// a message this folder's IMS handed it) becomes a non-delivery report to that message's sender.
///
/// Anything else is Internet mail (InternetMessage) for `recipient`, the envelope recipient the MTA
/// names: taken, exactly once, by the site of this folder whose Internet Mail Service has that
/// recipient's domain as its Inbound Domain (else the first whose directory knows the recipient),
/// when a mailbox, distribution list or custom recipient there has the address; the site's MTA then
/// delivers it as any other mail. An unknown recipient is refused (the MTA returns the message to
/// its sender); nothing is written for a stranger's mail that is not taken.
class ImsReceiver
{
public:
    static ImsDelivery deliver(const Organization& organization, const QByteArray& raw,
                               const QString& recipient = {});

private:
    static ImsDelivery bounce(const Organization& organization, const QByteArray& raw);
    static ImsDelivery internet(const Organization& organization, const QByteArray& raw,
                                const QString& recipient);
};

} // namespace sa::core
