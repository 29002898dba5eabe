#pragma once

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace sa::ui {

/// One e-mail address typed by type, as the original's New Custom Recipient and E-mail Addresses
/// New... asked for it: first the type (Microsoft Mail Address, Internet Address, X.400 Address,
/// Other Address), then its own fields. Microsoft Mail: network, postoffice and mailbox names of at
/// most 10 characters each, giving MS:NETWORK/PO/MAILBOX. The address is checked before OK.
class AddressEntryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Type
    {
        MsMail,
        Internet,
        X400,
        Other
    };

    /// Starts at the list of types.
    explicit AddressEntryDialog(QWidget* parent = nullptr);
    /// Starts at the fields of `address`'s type, filled from it (Modify..., Edit...).
    explicit AddressEntryDialog(const QString& address, QWidget* parent = nullptr);

    /// The address, as TYPE:value (the type in upper case).
    QString address() const;
    Type type() const { return m_type; }
    void showType(Type type);
    void accept() override;

private:
    void build();
    void fill(const QString& address);
    QString composeX400() const;
    void fitToPage();

    QStackedWidget* m_pages;
    QListWidget* m_types;
    QLabel* m_error;
    QMap<QString, QLineEdit*> m_fields; // by object name
    Type m_type = Type::MsMail;
    bool m_choosing = true;
};

} // namespace sa::ui
