#include "PasswordRule.h"

namespace sa::core::PasswordRule {

Status check(const QString& password, const QString& what, const QString& attribute)
{
    const auto refused = [&](const QString& why) {
        return Error(ErrorCode::InvalidValue, Phrase::tr("%1 %2").arg(what, why), attribute);
    };
    if (password.isEmpty())
        return refused(QStringLiteral("is empty; give one of at least %1 characters").arg(MinimumLength));
    if (password.size() < MinimumLength)
        return refused(QStringLiteral("is too short; give one of at least %1 characters").arg(MinimumLength));
    if (password.trimmed().isEmpty())
        return refused(QStringLiteral("is only blanks"));
    if (password.count(password.front()) == password.size())
        return refused(QStringLiteral("is one character repeated"));
    return {};
}

} // namespace sa::core::PasswordRule
