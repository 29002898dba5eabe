#pragma once

#include "ValueListPage.h"

#include <functional>

namespace sa::ui {

/// MS Mail Connector > Connector MTAs: the "MS Mail Connector (PC) MTA Services", each a service of
/// its own name (at most 30 characters) on the connector's server, with its polling frequency and
/// the postoffices it services. Stored as "name|polling seconds|NET/PO,NET/PO". New services start
/// Stopped; Services (or siteadminctl services start) starts them.
class ConnectorMtasPage : public ValueListPage
{
    Q_OBJECT

public:
    explicit ConnectorMtasPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Connector MTAs"); }
    QString validate() const override;
    /// Where the postoffices a connector MTA can service come from (the Connections page's direct
    /// ones); without it, the object's stored direct connections.
    void setPostofficeSource(std::function<QStringList()> source) { m_postoffices = std::move(source); }

    static constexpr int MaxServiceName = 30;

protected:
    QStringList columns(const QString& value) const override;
    void edit(int row) override;

private:
    QStringList servicedCandidates() const;

    std::function<QStringList()> m_postoffices;
};

} // namespace sa::ui
