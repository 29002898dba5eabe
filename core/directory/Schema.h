#pragma once

#include "AttributeDef.h"
#include "ClassDef.h"
#include "core/common/Error.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace sa::core {

/// Names of the attributes the store maintains from each object's row.
namespace attr {
inline const QString ObjClass = QStringLiteral("Obj-Class");
inline const QString CommonName = QStringLiteral("Common-Name");
inline const QString ObjDistName = QStringLiteral("Obj-Dist-Name");
inline const QString ObjectGuid = QStringLiteral("Object-GUID");
inline const QString UsnCreated = QStringLiteral("USN-Created");
inline const QString UsnChanged = QStringLiteral("USN-Changed");
inline const QString WhenCreated = QStringLiteral("When-Created");
inline const QString WhenChanged = QStringLiteral("When-Changed");
inline const QString IsDeleted = QStringLiteral("Is-Deleted");
inline const QString DisplayName = QStringLiteral("Display-Name");
inline const QString MailNickname = QStringLiteral("Mail-Nickname");
inline const QString GivenName = QStringLiteral("Given-Name");
inline const QString Surname = QStringLiteral("Surname");
inline const QString Initials = QStringLiteral("Initials");
inline const QString Title = QStringLiteral("Title");
inline const QString Company = QStringLiteral("Company");
inline const QString Department = QStringLiteral("Department");
inline const QString TelephoneNumber = QStringLiteral("Telephone-Number");
inline const QString TargetAddress = QStringLiteral("Target-Address");
inline const QString ProxyAddresses = QStringLiteral("Proxy-Addresses");
inline const QString HideFromAddressBook = QStringLiteral("Hide-From-Address-Book");
inline const QString TrustLevel = QStringLiteral("Trust-Level");
inline const QString ImportedFrom = QStringLiteral("Imported-From");
inline const QString AdminNote = QStringLiteral("Admin-Note");
inline const QString Office = QStringLiteral("Physical-Delivery-Office-Name");
inline const QString City = QStringLiteral("Locality-Name");
inline const QString Address = QStringLiteral("Address");
inline const QString State = QStringLiteral("State-Or-Province-Name");
inline const QString PostalCode = QStringLiteral("Postal-Code");
inline const QString Country = QStringLiteral("Text-Country");
inline const QString Assistant = QStringLiteral("Assistant-Name");
inline const QString Manager = QStringLiteral("Manager");
inline const QString Member = QStringLiteral("Member");
inline const QString Owner = QStringLiteral("Owner");
inline const QString ExpansionServer = QStringLiteral("Expansion-Server");
inline const QString AuthorizedSender = QStringLiteral("Authorized-Sender");
inline const QString UnauthorizedSender = QStringLiteral("Unauthorized-Sender");
inline const QString TelephoneOffice2 = QStringLiteral("Telephone-Office2");
inline const QString TelephoneFax = QStringLiteral("Facsimile-Telephone-Number");
inline const QString TelephoneAssistant = QStringLiteral("Telephone-Assistant");
inline const QString TelephoneHome = QStringLiteral("Telephone-Home");
inline const QString TelephoneHome2 = QStringLiteral("Telephone-Home2");
inline const QString TelephoneMobile = QStringLiteral("Telephone-Mobile");
inline const QString TelephonePager = QStringLiteral("Telephone-Pager");
inline const QString Notes = QStringLiteral("Info");
inline const QString GatewayProxy = QStringLiteral("Gateway-Proxy");
// Connectors. Names marked [U] in Schema.cpp are ours.
inline const QString HomeServer = QStringLiteral("Home-Server");
inline const QString LocalNetwork = QStringLiteral("Local-Network-Name");
inline const QString LocalPostoffice = QStringLiteral("Local-Postoffice-Name");
inline const QString MsMailConnection = QStringLiteral("MSMail-Connection");
inline const QString ConnectorMta = QStringLiteral("Connector-MTA");
inline const QString AddressSpace = QStringLiteral("Address-Space");
inline const QString AdministratorMailbox = QStringLiteral("Administrator-Mailbox");
inline const QString PrimaryLanguage = QStringLiteral("Primary-Language");
inline const QString MsMailCompatibility = QStringLiteral("MSMail-Compatibility");
inline const QString MessageTracking = QStringLiteral("Message-Tracking");
inline const QString TargetSite = QStringLiteral("Target-Site");
inline const QString Cost = QStringLiteral("Cost");
inline const QString BridgeheadServer = QStringLiteral("Bridgehead-Server");
inline const QString TargetServers = QStringLiteral("Target-Servers");
inline const QString RemoteSite = QStringLiteral("Remote-Site");
inline const QString LocalBridgehead = QStringLiteral("Local-Bridgehead");
inline const QString RemoteBridgehead = QStringLiteral("Remote-Bridgehead");
inline const QString ActivationStyle = QStringLiteral("Activation-Style");
inline const QString ActivationSchedule = QStringLiteral("Activation-Schedule");
// The Internet Mail Service (reference/internet-mail-service.md). Names are ours [U].
inline const QString ConnectedSites = QStringLiteral("Connected-Sites");
inline const QString TransferMode = QStringLiteral("Transfer-Mode");
inline const QString SmartHost = QStringLiteral("Smart-Host");
inline const QString SmartHostPort = QStringLiteral("Smart-Host-Port");
inline const QString InboundDomain = QStringLiteral("Inbound-Domain");
inline const QString MtaConfiguration = QStringLiteral("MTA-Configuration");
// Directory synchronization (reference exchange-admin-ui.md §3.1-3.4). Names marked [U] in
// Schema.cpp are ours.
inline const QString ResponsibleLocalDxa = QStringLiteral("Responsible-Local-DXA");
inline const QString DxaLocalAdmin = QStringLiteral("DXA-Local-Admin");
inline const QString DxaAdminCopy = QStringLiteral("DXA-Admin-Copy");
inline const QString DxaAdminForward = QStringLiteral("DXA-Admin-Forward");
inline const QString DxaAppendReqCn = QStringLiteral("DXA-Append-ReqCN");
inline const QString DxaPassword = QStringLiteral("DXA-Password");
inline const QString DxaNativeAddressType = QStringLiteral("DXA-Native-Address-Type");
inline const QString DxaRecipientCp = QStringLiteral("DXA-Recipient-CP");
inline const QString DxaExportNow = QStringLiteral("DXA-Export-Now");
inline const QString DxaImportNow = QStringLiteral("DXA-Import-Now");
inline const QString DxaExchangeOptions = QStringLiteral("DXA-Exchange-Options");
inline const QString DxaTemplateOptions = QStringLiteral("DXA-Template-Options");
inline const QString DxaTypes = QStringLiteral("DXA-Types");
inline const QString DxaReqName = QStringLiteral("DXA-ReqName");
inline const QString DxaDirsyncAddress = QStringLiteral("DXA-Dirsync-Address");
inline const QString DxaReqSeq = QStringLiteral("DXA-Req-Seq");
inline const QString DxaSvrSeq = QStringLiteral("DXA-Svr-Seq");
inline const QString DxaConfSeq = QStringLiteral("DXA-Conf-Seq");
inline const QString DxaImpSeq = QStringLiteral("DXA-Imp-Seq");
inline const QString ImportContainer = QStringLiteral("Import-Container");
inline const QString ImportTrustLevel = QStringLiteral("Import-Trust-Level");
inline const QString ExportContainers = QStringLiteral("Export-Containers");
inline const QString ExportTrustLevel = QStringLiteral("Export-Trust-Level");
inline const QString ExportCustomRecipients = QStringLiteral("Export-Custom-Recipients");
inline const QString DeletionThreshold = QStringLiteral("Deletion-Threshold");
inline const QString DxaInTemplateMap = QStringLiteral("DXA-In-Template-Map");
inline const QString DxaOutTemplateMap = QStringLiteral("DXA-Out-Template-Map");
inline const QString DiagnosticsLogging = QStringLiteral("Diagnostics-Logging");
inline const QString DeletionThresholdPercent = QStringLiteral("Deletion-Threshold-Percent");
/// Extension-Attribute-1 .. -10: the Custom Attributes page.
QString extensionAttribute(int n);
constexpr int ExtensionAttributeCount = 10;
/// Attributes whose values name other objects; deleting an object removes it from them.
const QStringList& referenceAttributes();
} // namespace attr

/// The directory schema, declared once: it drives storage, validation, raw properties and the CLI.
class Schema
{
public:
    static const Schema& instance();

    const QList<ClassDef>& classes() const { return m_classes; }
    const QList<AttributeDef>& attributes() const { return m_attributes; }

    /// By command-line name (mailbox) or, failing that, Obj-Class (Mailbox); case-insensitive.
    const ClassDef* findClass(const QString& name) const;
    /// By schema name (Display-Name); case-insensitive.
    const AttributeDef* findAttribute(const QString& name) const;

    /// Every attribute an object of the class may carry: the system ones, required and optional.
    QStringList allowedAttributes(const ClassDef& cls) const;
    bool allows(const ClassDef& cls, const QString& attribute) const;
    bool isRequired(const ClassDef& cls, const QString& attribute) const;

    /// The value written back in its canonical spelling (TRUE/FALSE, trimmed integers), or the reason
    /// it is not a valid value of the attribute.
    Result<QString> normalizeValue(const AttributeDef& attribute, const QString& value) const;
    /// The class's attributes of Dn syntax that callers write (Member, Manager, ...).
    QStringList referenceAttributesOf(const ClassDef& cls) const;

private:
    Schema();
    void addAttribute(AttributeDef def);
    void addClass(ClassDef def);
    // Attributes of the common shapes: text up to a length, DNs, TRUE/FALSE, numbers in a range.
    void addText(const QString& name, int maxLength, const QString& description);
    /// Text that is a secret (AttributeDef::secret).
    void addSecret(const QString& name, int maxLength, const QString& description);
    void addReference(const QString& name, bool multiValued, const QString& description);
    void addFlag(const QString& name, const QString& description);
    void addNumber(const QString& name, qint64 min, qint64 max, const QString& description);
    /// The directory synchronization attributes and classes (SchemaDirsync.cpp).
    void addDirsyncDefinitions(const QStringList& common);
    /// The recipients' attributes, and their classes and container (SchemaRecipients.cpp).
    void addRecipientAttributes();
    void addRecipientClasses(const QStringList& common);

    QList<AttributeDef> m_attributes;
    QList<ClassDef> m_classes;
    QHash<QString, int> m_attributeIndex; // lower-case name -> index
    QHash<QString, int> m_classIndex;     // lower-case name and objClass -> index
    QStringList m_systemAttributes;
};

} // namespace sa::core
