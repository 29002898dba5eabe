#pragma once

#include "PropertyPage.h"

class QPushButton;
class QTreeWidget;

namespace sa::ui {

/// Site Addressing page: the e-mail address templates of the site (Gateway-Proxy), one per type:
/// SMTP:@domain or SMTP:%g.%s@domain, MS:NETWORK/POSTOFFICE, X400:c=..;a=..;p=..;o=..;. Every new
/// recipient gets an address of each type from them; recipients that exist keep theirs.
class SiteAddressingPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit SiteAddressingPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Site Addressing"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    /// Replaces (row >= 0) or adds a template; false with the reason when it is not valid.
    bool setTemplate(int row, const QString& text, QString* problem = nullptr);

private:
    void fill();
    void editRow(int row);

    QTreeWidget* m_list;
    QStringList m_templates;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
