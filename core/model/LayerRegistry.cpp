#include "LayerRegistry.h"

#include "BuiltinLayers.h"
#include "LayerCategory.h"
#include "engine/EngineError.h"
#include "engine/Layer.h"

#include <QCoreApplication>

namespace nw {

namespace {

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

} // namespace

const LayerRegistry& LayerRegistry::instance()
{
    static const LayerRegistry registry(builtinLayerSpecs());
    return registry;
}

LayerRegistry::LayerRegistry(QVector<LayerSpec> specs)
    : m_specs(std::move(specs))
    , m_ports(m_specs.size())
{
    for (int i = 0; i < m_specs.size(); ++i) {
        const LayerSpec& spec = m_specs[i];
        m_index.insert(spec.type, i);
        if (!LayerCategory::find(spec.category))
            qFatal("LayerRegistry: %s is in the category %s, which LayerCategory::all() does not list",
                qPrintable(spec.type), qPrintable(spec.category));
        if (spec.isInput()) {
            m_ports[i] = { .minimum = 0, .maximum = 0 };
            continue;
        }
        QVariantMap params;
        QString error;
        if (!resolveParameters(spec.type, {}, &params, &error))
            qFatal("LayerRegistry: the defaults of %s are invalid: %s", qPrintable(spec.type), qPrintable(error));
        const std::unique_ptr<Layer> layer = spec.factory(params);
        if (QString::fromStdString(layer->typeName()) != spec.type)
            qFatal(
                "LayerRegistry: %s builds an engine layer named %s", qPrintable(spec.type), layer->typeName().c_str());
        m_ports[i] = { .minimum = layer->minInputs(), .maximum = layer->maxInputs() };
    }
}

QStringList LayerRegistry::typeNames() const
{
    QStringList names;
    for (const LayerSpec& spec : m_specs)
        names << spec.type;
    return names;
}

QStringList LayerRegistry::categories() const
{
    QStringList result;
    for (const LayerCategory& category : LayerCategory::all())
        if (!typesInCategory(category.key).isEmpty())
            result << category.key;
    return result;
}

QStringList LayerRegistry::typesInCategory(const QString& category) const
{
    QStringList names;
    for (const LayerSpec& spec : m_specs)
        if (spec.category == category)
            names << spec.type;
    return names;
}

const LayerSpec* LayerRegistry::spec(const QString& type) const
{
    const auto it = m_index.constFind(type);
    return it == m_index.cend() ? nullptr : &m_specs[*it];
}

QVariantMap LayerRegistry::defaultParameters(const QString& type) const
{
    const LayerSpec* s = spec(type);
    return s ? s->defaultParameters() : QVariantMap();
}

InputPorts LayerRegistry::inputPorts(const QString& type) const
{
    const auto it = m_index.constFind(type);
    return it == m_index.cend() ? InputPorts {} : m_ports[*it];
}

bool LayerRegistry::resolveParameters(
    const QString& type, const QVariantMap& params, QVariantMap* resolved, QString* error) const
{
    const LayerSpec* s = spec(type);
    if (!s) {
        setError(error, QCoreApplication::translate("LayerRegistry", "unknown layer type '%1'").arg(type));
        return false;
    }
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        if (!s->parameter(it.key())) {
            setError(
                error, QCoreApplication::translate("LayerRegistry", "%1 has no parameter '%2'").arg(type, it.key()));
            return false;
        }
    QVariantMap out;
    for (const ParameterSpec& p : s->parameters) {
        const QVariant value = p.convert(params.value(p.name, p.defaultValue), error);
        if (!value.isValid())
            return false;
        out.insert(p.name, value);
    }
    if (resolved)
        *resolved = std::move(out);
    return true;
}

std::unique_ptr<Layer> LayerRegistry::createLayer(const QString& type, const QVariantMap& params, QString* error) const
{
    QVariantMap resolved;
    if (!resolveParameters(type, params, &resolved, error))
        return nullptr;
    const LayerSpec* s = spec(type);
    if (s->isInput()) {
        setError(error,
            QCoreApplication::translate(
                "LayerRegistry", "an Input node has no engine layer: it is added to the graph as an input"));
        return nullptr;
    }
    // Constructors check combinations the specs cannot express (a Reshape target
    // with two -1 entries, pooling padding above half the kernel).
    try {
        return s->factory(resolved);
    } catch (const EngineError& e) {
        setError(error, QString::fromStdString(e.what()));
        return nullptr;
    }
}

} // namespace nw
