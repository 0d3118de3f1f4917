#include "GraphJson.h"

#include "LayerRegistry.h"
#include "NetworkGraphModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace nw {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("GraphJson", text);
}

// A JSON value the way it appears in the file, for "expected ..., got ..." messages.
QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 10);
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return QCoreApplication::translate("GraphJson", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("GraphJson", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("GraphJson", "nothing");
}

// Reads one object field, writing "<place>.<key>: <problem>" on failure.
class FieldReader {
public:
    FieldReader(const QJsonObject& object, QString place, QString* error)
        : m_object(object)
        , m_place(std::move(place))
        , m_error(error)
    {
    }

    QString place(const QString& key) const { return m_place + QLatin1Char('.') + key; }

    bool fail(const QString& key, const QString& problem) const
    {
        if (m_error)
            *m_error = (key.isEmpty() ? m_place : place(key)) + QStringLiteral(": ") + problem;
        return false;
    }

    // A present field of the given type; missing fields fail unless `optional`.
    bool get(const QString& key, QJsonValue::Type type, QJsonValue* out, bool optional = false) const
    {
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd()) {
            *out = QJsonValue(QJsonValue::Undefined);
            return optional || fail(key, QCoreApplication::translate("GraphJson", "missing"));
        }
        if (it->type() != type) {
            const char* wanted = type == QJsonValue::String ? QT_TRANSLATE_NOOP("GraphJson", "a string")
                : type == QJsonValue::Double                ? QT_TRANSLATE_NOOP("GraphJson", "a number")
                : type == QJsonValue::Bool                  ? QT_TRANSLATE_NOOP("GraphJson", "true or false")
                : type == QJsonValue::Array                 ? QT_TRANSLATE_NOOP("GraphJson", "an array")
                                                            : QT_TRANSLATE_NOOP("GraphJson", "an object");
            return fail(
                key, QCoreApplication::translate("GraphJson", "expected %1, got %2").arg(tr(wanted), describe(*it)));
        }
        *out = *it;
        return true;
    }

private:
    const QJsonObject& m_object;
    QString m_place;
    QString* m_error;
};

bool isWholeNumber(double d)
{
    return d == static_cast<double>(static_cast<int>(d));
}

} // namespace

QJsonObject GraphJson::write(const Contents& contents) const
{
    QJsonArray nodes;
    for (const NodeData& node : contents.nodes) {
        QJsonObject n;
        n.insert(QStringLiteral("id"), node.id);
        n.insert(QStringLiteral("type"), node.type);
        n.insert(QStringLiteral("params"), QJsonObject::fromVariantMap(node.params));
        n.insert(QStringLiteral("position"), QJsonArray { node.position.x(), node.position.y() });
        n.insert(QStringLiteral("trainable"), node.trainable);
        n.insert(QStringLiteral("l1"), node.l1);
        n.insert(QStringLiteral("l2"), node.l2);
        nodes.append(n);
    }
    QJsonArray edges;
    for (const EdgeData& edge : contents.edges)
        edges.append(QJsonObject { { QStringLiteral("from"), edge.from }, { QStringLiteral("to"), edge.to },
            { QStringLiteral("port"), edge.port } });
    QJsonObject graph { { QStringLiteral("nodes"), nodes }, { QStringLiteral("edges"), edges } };
    if (!contents.output.isEmpty())
        graph.insert(QStringLiteral("output"), contents.output);
    return graph;
}

bool GraphJson::read(const QJsonObject& json, Contents* contents, QString* error) const
{
    Contents result;
    const FieldReader graph(json, QStringLiteral("graph"), error);
    QJsonValue value;

    if (!graph.get(QStringLiteral("nodes"), QJsonValue::Array, &value))
        return false;
    const QJsonArray nodes = value.toArray();
    QHash<QString, int> firstIndex;
    for (int i = 0; i < nodes.size(); ++i) {
        const QString place = graph.place(QStringLiteral("nodes[%1]").arg(i));
        if (!nodes[i].isObject())
            return FieldReader(json, place, error)
                .fail(
                    {}, QCoreApplication::translate("GraphJson", "expected an object, got %1").arg(describe(nodes[i])));
        const QJsonObject object = nodes[i].toObject();
        const FieldReader field(object, place, error);
        NodeData node;

        if (!field.get(QStringLiteral("id"), QJsonValue::String, &value))
            return false;
        node.id = value.toString();
        if (!NetworkGraphModel::isValidId(node.id))
            return field.fail(QStringLiteral("id"),
                QCoreApplication::translate("GraphJson", "\"%1\" is not a valid id: use letters, digits, '_' and '-'")
                    .arg(node.id));
        if (firstIndex.contains(node.id))
            return field.fail(QStringLiteral("id"),
                QCoreApplication::translate("GraphJson", "'%1' is already the id of graph.nodes[%2]")
                    .arg(node.id)
                    .arg(firstIndex.value(node.id)));
        firstIndex.insert(node.id, i);

        if (!field.get(QStringLiteral("type"), QJsonValue::String, &value))
            return false;
        node.type = value.toString();

        if (!field.get(QStringLiteral("params"), QJsonValue::Object, &value))
            return false;
        node.params = value.toObject().toVariantMap();
        if (const LayerSpec* spec = m_registry.spec(node.type)) {
            // A parameter's other name becomes its own, unless both are given.
            for (const ParameterSpec& p : spec->parameters)
                for (const QString& alias : p.aliases)
                    if (node.params.contains(alias) && !node.params.contains(p.name))
                        node.params.insert(p.name, node.params.take(alias));
            // Unknown parameter names stay, so the compiler can name them on the node.
            for (auto it = node.params.begin(); it != node.params.end(); ++it) {
                const ParameterSpec* p = spec->parameter(it.key());
                if (!p)
                    continue;
                QString problem;
                const QVariant converted = p->convertType(*it, &problem);
                if (!converted.isValid())
                    return FieldReader(object, field.place(QStringLiteral("params")), error).fail(it.key(), problem);
                *it = converted;
            }
            for (const ParameterSpec& p : spec->parameters)
                if (!node.params.contains(p.name))
                    node.params.insert(p.name, p.defaultValue);
        }

        if (!field.get(QStringLiteral("position"), QJsonValue::Array, &value))
            return false;
        const QJsonArray position = value.toArray();
        if (position.size() != 2 || !position[0].isDouble() || !position[1].isDouble())
            return field.fail(QStringLiteral("position"),
                QCoreApplication::translate("GraphJson", "expected [x, y], got %1")
                    .arg(QString::fromUtf8(QJsonDocument(position).toJson(QJsonDocument::Compact))));
        node.position = QPointF(position[0].toDouble(), position[1].toDouble());

        if (!field.get(QStringLiteral("trainable"), QJsonValue::Bool, &value, true))
            return false;
        node.trainable = value.isUndefined() || value.toBool();
        for (const QString& key : { QStringLiteral("l1"), QStringLiteral("l2") }) {
            if (!field.get(key, QJsonValue::Double, &value, true))
                return false;
            const double penalty = value.isUndefined() ? 0.0 : value.toDouble();
            if (penalty < 0)
                return field.fail(key,
                    QCoreApplication::translate("GraphJson", "a penalty cannot be negative, got %1")
                        .arg(describe(value)));
            (key == QLatin1String("l1") ? node.l1 : node.l2) = penalty;
        }
        result.nodes.append(std::move(node));
    }

    if (!graph.get(QStringLiteral("edges"), QJsonValue::Array, &value))
        return false;
    const QJsonArray edges = value.toArray();
    QHash<QPair<QString, int>, int> portOwner; // (to, port) -> edge index
    for (int i = 0; i < edges.size(); ++i) {
        const QString place = graph.place(QStringLiteral("edges[%1]").arg(i));
        if (!edges[i].isObject())
            return FieldReader(json, place, error)
                .fail(
                    {}, QCoreApplication::translate("GraphJson", "expected an object, got %1").arg(describe(edges[i])));
        const QJsonObject object = edges[i].toObject();
        const FieldReader field(object, place, error);
        EdgeData edge;
        if (!field.get(QStringLiteral("from"), QJsonValue::String, &value))
            return false;
        edge.from = value.toString();
        if (!field.get(QStringLiteral("to"), QJsonValue::String, &value))
            return false;
        edge.to = value.toString();
        if (!field.get(QStringLiteral("port"), QJsonValue::Double, &value))
            return false;
        if (value.toDouble() < 0 || value.toDouble() > 1e6 || !isWholeNumber(value.toDouble()))
            return field.fail(QStringLiteral("port"),
                QCoreApplication::translate("GraphJson", "expected a port number of 0 or more, got %1")
                    .arg(describe(value)));
        edge.port = value.toInt();
        // Two edges into one port have no input order; that is broken, not merely invalid.
        const auto key = qMakePair(edge.to, edge.port);
        if (portOwner.contains(key))
            return field.fail({},
                QCoreApplication::translate("GraphJson", "input %1 of '%2' is already connected by graph.edges[%3]")
                    .arg(edge.port)
                    .arg(edge.to)
                    .arg(portOwner.value(key)));
        portOwner.insert(key, i);
        result.edges.append(edge);
    }

    if (!graph.get(QStringLiteral("output"), QJsonValue::String, &value, true))
        return false;
    result.output = value.toString();

    *contents = std::move(result);
    return true;
}

} // namespace nw
