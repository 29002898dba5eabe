#include "Schema.h"

namespace sa::core {

// The recipients: mailboxes, distribution lists and custom recipients, their container and the
// attributes of their pages (reference exchange-admin-ui.md §4). Names marked [U] are our choice in
// the schema's style.
void Schema::addRecipientAttributes()
{
    using S = Syntax;
    addText(attr::DisplayName, 256,
            QStringLiteral(
                QT_TRANSLATE_NOOP("sa::core::Phrase", "Name shown in the address book and the window.")));
    addAttribute(
        {attr::MailNickname, S::Alias, false, 64, 0, 0, false,
         QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Alias name: printable ASCII, no spaces."))});
    addText(attr::GivenName, 64, QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "First name.")));
    addText(attr::Surname, 64, QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Last name.")));
    addText(attr::Initials, 6, QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Initials.")));
    addText(attr::Title, 64, QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Job title.")));
    addText(attr::Company, 64, QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Company.")));
    addText(attr::Department, 64, QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Department.")));
    addText(attr::TelephoneNumber, 64,
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Business telephone number.")));
    addText(attr::Office, 128, QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Office.")));
    addText(attr::City, 128, QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "City.")));
    addAttribute(
        {attr::TargetAddress, S::ProxyAddress, false, 1024, 0, 0, false,
         QStringLiteral(QT_TRANSLATE_NOOP(
             "sa::core::Phrase", "Where mail for a custom recipient goes, e.g. MS:NETWORK/PO/MAILBOX."))});
    addAttribute({attr::ProxyAddresses, S::ProxyAddress, true, 1024, 0, 0, false,
                  QStringLiteral(QT_TRANSLATE_NOOP(
                      "sa::core::Phrase", "E-mail addresses; an upper-case type marks the primary one."))});
    addAttribute({attr::HideFromAddressBook, S::Boolean, false, 0, 0, 0, false,
                  QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                                   "TRUE keeps the recipient out of the address book."))});
    addAttribute({attr::TrustLevel, S::Integer, false, 0, 0, 100, false,
                  QStringLiteral(QT_TRANSLATE_NOOP(
                      "sa::core::Phrase", "0-100; compared with a directory synchronization trust level."))});
    addText(attr::ImportedFrom, 256,
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                             "The requestor a custom recipient was imported from.")));
    addText(attr::AdminNote, 1024,
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Administrative note.")));
    // The rest of the recipient pages (General, Organization, Phone/Notes, Delivery Restrictions,
    // Custom Attributes). Names marked [U] are our choice in the schema's style.
    addText(attr::Address, 256, QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Street address.")));
    addText(attr::State, 128, QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "State or province.")));
    addText(attr::PostalCode, 40,
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "ZIP or postal code.")));
    addText(attr::Country, 128,
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Country. [U: name chosen]")));
    addText(attr::Assistant, 128,
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Assistant's name. [U: name chosen]")));
    // Each description whole, so that it can be translated (a %1 filled here could not).
    for (const auto& [name, description] :
         {std::pair{attr::TelephoneOffice2,
                    QT_TRANSLATE_NOOP("sa::core::Phrase", "Business 2 telephone number.")},
          std::pair{attr::TelephoneFax, QT_TRANSLATE_NOOP("sa::core::Phrase", "Fax telephone number.")},
          std::pair{attr::TelephoneAssistant,
                    QT_TRANSLATE_NOOP("sa::core::Phrase", "Assistant's telephone number.")},
          std::pair{attr::TelephoneHome, QT_TRANSLATE_NOOP("sa::core::Phrase", "Home telephone number.")},
          std::pair{attr::TelephoneHome2, QT_TRANSLATE_NOOP("sa::core::Phrase", "Home 2 telephone number.")},
          std::pair{attr::TelephoneMobile, QT_TRANSLATE_NOOP("sa::core::Phrase", "Mobile telephone number.")},
          std::pair{attr::TelephonePager,
                    QT_TRANSLATE_NOOP("sa::core::Phrase", "Pager telephone number.")}}) {
        addText(name, 64, QString::fromUtf8(description));
    }
    addAttribute({attr::Notes, S::Text, false, 1024, 0, 0, false,
                  QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Notes."))});
    addReference(attr::Manager, false,
                 QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "The recipient's manager (a DN).")));
    addReference(
        attr::Member, true,
        QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Members of a distribution list (DNs).")));
    addReference(attr::Owner, false,
                 QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                                  "Who may change a distribution list's members (a DN).")));
    addReference(
        attr::ExpansionServer, false,
        QStringLiteral(QT_TRANSLATE_NOOP(
            "sa::core::Phrase", "The server that expands a distribution list (a DN). [U: name chosen]")));
    addReference(
        attr::AuthorizedSender, true,
        QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Accept messages only from these (DNs).")));
    addReference(attr::UnauthorizedSender, true,
                 QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Reject messages from these (DNs).")));
    for (int i = 1; i <= attr::ExtensionAttributeCount; ++i)
        addText(attr::extensionAttribute(i), 1024, QStringLiteral("Custom attribute %1.").arg(i));
}

void Schema::addRecipientClasses(const QStringList& common)
{
    QStringList custom;
    for (int i = 1; i <= attr::ExtensionAttributeCount; ++i)
        custom << attr::extensionAttribute(i);
    const QStringList addressing{attr::ProxyAddresses, attr::HideFromAddressBook, attr::TrustLevel,
                                 attr::AdminNote,      attr::AuthorizedSender,    attr::UnauthorizedSender,
                                 attr::Notes};
    const QStringList person = QStringList{attr::GivenName,
                                           attr::Surname,
                                           attr::Initials,
                                           attr::Title,
                                           attr::Company,
                                           attr::Department,
                                           attr::Office,
                                           attr::Address,
                                           attr::City,
                                           attr::State,
                                           attr::PostalCode,
                                           attr::Country,
                                           attr::Assistant,
                                           attr::Manager,
                                           attr::TelephoneNumber,
                                           attr::TelephoneOffice2,
                                           attr::TelephoneFax,
                                           attr::TelephoneAssistant,
                                           attr::TelephoneHome,
                                           attr::TelephoneHome2,
                                           attr::TelephoneMobile,
                                           attr::TelephonePager} +
                               addressing + custom;
    const QStringList list =
        QStringList{attr::Owner, attr::Member, attr::ExpansionServer} + addressing + custom;

    ClassDef recipients;
    recipients.name = QStringLiteral("recipients-container");
    recipients.objClass = QStringLiteral("Container");
    recipients.label = QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Recipients Container"));
    recipients.rdnType = QStringLiteral("cn");
    recipients.icon = QStringLiteral("recipients");
    recipients.container = true;
    recipients.possibleSuperiors = {QStringLiteral("site"), QStringLiteral("recipients-container")};
    recipients.optional = common;
    addClass(recipients);

    auto recipient = [this](const QString& name, const QString& objClass, const QString& label,
                            const QString& icon, QStringList required, const QStringList& optional) {
        ClassDef def;
        def.name = name;
        def.objClass = objClass;
        def.label = label;
        def.rdnType = QStringLiteral("cn");
        def.icon = icon;
        def.recipient = true;
        def.possibleSuperiors = {QStringLiteral("recipients-container")};
        def.required = std::move(required);
        def.optional = optional;
        def.optional << attr::ImportedFrom;
        def.rdnFrom = attr::MailNickname;
        addClass(def);
    };
    recipient(QStringLiteral("mailbox"), QStringLiteral("Mailbox"),
              QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Mailbox")), QStringLiteral("mailbox"),
              {attr::DisplayName, attr::MailNickname, attr::HomeServer}, person);
    recipient(QStringLiteral("distribution-list"), QStringLiteral("Distribution-List"),
              QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Distribution List")),
              QStringLiteral("distribution-list"), {attr::DisplayName, attr::MailNickname}, list);
    recipient(QStringLiteral("custom-recipient"), QStringLiteral("Remote-Address"),
              QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Custom Recipient")),
              QStringLiteral("custom-recipient"),
              {attr::DisplayName, attr::MailNickname, attr::TargetAddress}, person);
}

} // namespace sa::core
