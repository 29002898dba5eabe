#pragma once

#include "ValueListPage.h"

#include <functional>

namespace sa::ui {

/// Address Space of a connector: the addresses it leads to, as TYPE:pattern (MS:NWNET/PO3/*,
/// SMTP:*@example.com), New... / Edit... / Remove. The entries the connector has anyway (an MS Mail
/// Connector's MS:NET/PO/* per connected postoffice, a site connector's way to the other site's
/// shadow postoffice) are listed greyed below the manual ones. (The original's per-entry cost is
/// not kept: routing takes the first connector whose space matches.)
class AddressSpacePage : public ValueListPage
{
    Q_OBJECT

public:
    explicit AddressSpacePage(QWidget* parent = nullptr);

    QString title() const override { return tr("Address Space"); }
    /// Where the derived entries come from; none without it.
    void setDerivedSource(std::function<QStringList()> source) { m_derived = std::move(source); }
    /// The address types New... offers (MS, SMTP, X400); all of them unless set.
    void setTypes(QStringList types) { m_types = std::move(types); }

protected:
    QStringList columns(const QString& value) const override;
    void edit(int row) override;
    QStringList derived() const override { return m_derived ? m_derived() : QStringList(); }

private:
    std::function<QStringList()> m_derived;
    QStringList m_types;
};

} // namespace sa::ui
