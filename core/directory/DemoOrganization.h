#pragma once

#include "Organization.h"

namespace sa::core {

/// The demo organization a newcomer sees: NORTHWIND with site SEATTLE (server X1) and site LONDON
/// (server X2), each with a few dozen mailboxes with realistic names and attributes.
class DemoOrganization
{
public:
    static const QString OrganizationName;
    static Result<Organization> build(const QString& dir);
};

} // namespace sa::core
