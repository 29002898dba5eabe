#include "PropertyWizardPage.h"

#include "ui/common/Text.h"
#include "ui/properties/PropertyPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sa::ui {

PropertyWizardPage::PropertyWizardPage(PropertyPage* page, const QString& subtitle, QWidget* parent)
    : QWizardPage(parent), m_page(page), m_problem(errorLabel(page->objectName() + QStringLiteral("Problem")))
{
    setObjectName(page->objectName() + QStringLiteral("Step"));
    setTitle(page->title());
    setSubTitle(subtitle);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(page, 1);
    layout->addWidget(m_problem);
    connect(page, &PropertyPage::edited, m_problem, &QLabel::hide);
}

bool PropertyWizardPage::validatePage()
{
    const QString problem = m_page->validate();
    if (problem.isEmpty())
        return true;
    showError(m_problem, problem);
    return false;
}

} // namespace sa::ui
