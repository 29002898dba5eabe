#pragma once

#include "ValueListPage.h"

namespace sa::ui {

/// Connected Sites of an Internet Mail Service (Q163777): the sites of this organization on other
/// machines it carries mail and directory replication to, each with its Organization, Site and Routing
/// Address (the mail domain of that site's own Internet Mail Service). New... / Edit... / Remove.
class ConnectedSitesPage : public ValueListPage
{
    Q_OBJECT

public:
    explicit ConnectedSitesPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Connected Sites"); }
    /// The names of the connected sites, as listed now.
    QStringList sites() const;
    /// The organization of the service shown (from its DN).
    QString organization() const;

protected:
    QStringList columns(const QString& value) const override;
    void edit(int row) override;
};

} // namespace sa::ui
