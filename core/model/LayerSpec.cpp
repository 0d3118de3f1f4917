#include "LayerSpec.h"

#include "LayerCategory.h"

#include <QCoreApplication>

namespace nw {

QString LayerSpec::displayName() const
{
    return QCoreApplication::translate("LayerRegistry", displayNameSource);
}

QString LayerSpec::categoryDisplayName() const
{
    const LayerCategory* c = LayerCategory::find(category);
    return c ? c->displayName() : category;
}

QString LayerSpec::description() const
{
    return QCoreApplication::translate("LayerRegistry", descriptionSource);
}

const ParameterSpec* LayerSpec::parameter(const QString& name) const
{
    for (const ParameterSpec& p : parameters)
        if (p.name == name)
            return &p;
    return nullptr;
}

QVariantMap LayerSpec::defaultParameters() const
{
    QVariantMap params;
    for (const ParameterSpec& p : parameters)
        params.insert(p.name, p.defaultValue);
    return params;
}

} // namespace nw
