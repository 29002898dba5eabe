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
    m_page->forgetProblem();
    const QString problem = m_page->validate();
    if (problem.isEmpty())
        return true;
    showError(m_problem, problem);
    // The focus goes to the field to correct, as in a property sheet (issue 20: it stayed on Next).
    if (QWidget* field = m_page->problemField(); field && field->isEnabled())
        field->setFocus(Qt::OtherFocusReason);
    return false;
}

} // namespace sa::ui
