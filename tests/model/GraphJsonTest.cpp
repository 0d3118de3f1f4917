#include "ModelTestSupport.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>

using namespace nw;
using namespace nw::test;

namespace {

QByteArray text(const NetworkGraphModel& model)
{
    return QJsonDocument(model.toJson()).toJson();
}

QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json;
    return doc.object();
}

// A model using every kind of value the schema holds.
void buildSample(NetworkGraphModel& model)
{
    model.addNode(QStringLiteral("Input"), { -120.5, 40 }, params({ { QStringLiteral("shape"), list({ 1, 8, 8 }) } }),
        QStringLiteral("image"));
    model.addNode(
        QStringLiteral("Conv2D"), { 0, 40 }, params({ { QStringLiteral("filters"), 4 } }), QStringLiteral("c1"));
    model.addNode(QStringLiteral("Conv2D"), { 0, 140 }, params({ { QStringLiteral("kernel_size"), 1 } }));
    model.addNode(QStringLiteral("Concat"), { 100, 90 });
    model.addNode(QStringLiteral("Flatten"), { 200, 90 });
    model.addNode(QStringLiteral("Dropout"), { 300, 90 }, params({ { QStringLiteral("rate"), 0.25 } }));
    model.addNode(QStringLiteral("Dense"), { 400, 90 },
        params({ { QStringLiteral("units"), 10 }, { QStringLiteral("init"), QStringLiteral("xavier_normal") } }),
        QStringLiteral("fc3"));
    model.addEdge({ QStringLiteral("image"), QStringLiteral("c1"), 0 });
    model.addEdge({ QStringLiteral("image"), QStringLiteral("conv1"), 0 });
    model.addEdge({ QStringLiteral("conv1"), QStringLiteral("concat1"), 1 });
    model.addEdge({ QStringLiteral("c1"), QStringLiteral("concat1"), 0 });
    model.addEdge({ QStringLiteral("concat1"), QStringLiteral("flatten1"), 0 });
    model.addEdge({ QStringLiteral("flatten1"), QStringLiteral("dropout1"), 0 });
    model.addEdge({ QStringLiteral("dropout1"), QStringLiteral("fc3"), 0 });
    model.setNodeTrainable(QStringLiteral("c1"), false);
    model.setNodePenalties(QStringLiteral("fc3"), 0.0005, 0.01);
    model.setOutputNode(QStringLiteral("fc3"));
}

} // namespace

TEST(GraphJson, WritesTheProjectFileSchema)
{
    NetworkGraphModel model;
    buildSample(model);
    const QJsonObject json = model.toJson();
    EXPECT_EQ(json.value(QStringLiteral("output")).toString(), QStringLiteral("fc3"));
    const QJsonObject fc = json.value(QStringLiteral("nodes")).toArray().at(6).toObject();
    EXPECT_EQ(fc.keys(),
        QStringList({ QStringLiteral("id"), QStringLiteral("l1"), QStringLiteral("l2"), QStringLiteral("params"),
            QStringLiteral("position"), QStringLiteral("trainable"), QStringLiteral("type") }));
    EXPECT_EQ(fc.value(QStringLiteral("id")).toString(), QStringLiteral("fc3"));
    EXPECT_EQ(fc.value(QStringLiteral("type")).toString(), QStringLiteral("Dense"));
    EXPECT_EQ(fc.value(QStringLiteral("params")).toObject().value(QStringLiteral("units")).toInt(), 10);
    EXPECT_EQ(fc.value(QStringLiteral("position")).toArray(), QJsonArray({ 400, 90 }));
    EXPECT_DOUBLE_EQ(fc.value(QStringLiteral("l2")).toDouble(), 0.01);
    const QJsonObject edge = json.value(QStringLiteral("edges")).toArray().at(2).toObject();
    EXPECT_EQ(edge,
        QJsonObject({ { QStringLiteral("from"), QStringLiteral("conv1") },
            { QStringLiteral("to"), QStringLiteral("concat1") }, { QStringLiteral("port"), 1 } }));
}

TEST(GraphJson, RoundTripIsByteIdentical)
{
    NetworkGraphModel model;
    buildSample(model);
    const QByteArray first = text(model);

    NetworkGraphModel loaded;
    QString error;
    ASSERT_TRUE(loaded.fromJson(QJsonDocument::fromJson(first).object(), &error)) << error.toStdString();
    EXPECT_EQ(text(loaded), first);
    EXPECT_EQ(loaded.nodes(), model.nodes());
    EXPECT_EQ(loaded.edges(), model.edges());
    EXPECT_EQ(loaded.outputNode(), QStringLiteral("fc3"));
    EXPECT_EQ(loaded.nodeIds(), model.nodeIds()); // insertion order, not alphabetical
}

TEST(GraphJson, AcceptsWhatTheCompilerReportsOnNodes)
{
    NetworkGraphModel model;
    QString error;
    const QJsonObject json = parse(R"({"nodes":[
        {"id":"x","type":"Input","params":{"shape":[4]},"position":[0,0]},
        {"id":"a","type":"Dence","params":{"unitz":"many"},"position":[1,0]},
        {"id":"b","type":"Dense","params":{"units":0,"colour":"red"},"position":[2,0]}],
        "edges":[{"from":"ghost","to":"a","port":0},{"from":"b","to":"b","port":0},{"from":"a","to":"nowhere","port":3}],
        "output":"missing"})");
    ASSERT_TRUE(model.fromJson(json, &error)) << error.toStdString();
    EXPECT_EQ(model.node(QStringLiteral("a"))->params, params({ { QStringLiteral("unitz"), QStringLiteral("many") } }));
    EXPECT_EQ(model.node(QStringLiteral("b"))->params.value(QStringLiteral("units")), 0);
    EXPECT_EQ(model.node(QStringLiteral("b"))->params.value(QStringLiteral("colour")), QStringLiteral("red"));
    EXPECT_EQ(model.edges().size(), 3);
    EXPECT_EQ(model.outputNode(), QStringLiteral("missing"));
    NetworkGraphModel reloaded;
    ASSERT_TRUE(reloaded.fromJson(model.toJson(), &error)) << error.toStdString();
    EXPECT_EQ(text(reloaded), text(model));
}

TEST(GraphJson, FillsDefaultsConvertsNumbersAndDefaultsOptionalFields)
{
    NetworkGraphModel model;
    QString error;
    ASSERT_TRUE(model.fromJson(parse(R"({"nodes":[{"id":"fc","type":"Dense","params":{"units":8},"position":[0,0]}],
                                        "edges":[]})"),
        &error))
        << error.toStdString();
    const NodeData* fc = model.node(QStringLiteral("fc"));
    EXPECT_EQ(fc->params.value(QStringLiteral("units")).typeId(), QMetaType::Int);
    EXPECT_EQ(fc->params.value(QStringLiteral("bias")), true);
    EXPECT_TRUE(fc->trainable);
    EXPECT_EQ(fc->l1, 0.0);
    EXPECT_TRUE(model.outputNode().isEmpty());
}

TEST(GraphJson, ErrorsNameThePlaceAndLeaveTheModelUnchanged)
{
    const std::pair<const char*, const char*> cases[] = {
        { R"({"edges":[]})", "graph.nodes: missing" },
        { R"({"nodes":{},"edges":[]})", "graph.nodes: expected an array, got an object" },
        { R"({"nodes":[3],"edges":[]})", "graph.nodes[0]: expected an object, got 3" },
        { R"({"nodes":[{"type":"Dense","params":{},"position":[0,0]}],"edges":[]})", "graph.nodes[0].id: missing" },
        { R"({"nodes":[{"id":"a","params":{},"position":[0,0]}],"edges":[]})", "graph.nodes[0].type: missing" },
        { R"({"nodes":[{"id":"a","type":"Dense","position":[0,0]}],"edges":[]})", "graph.nodes[0].params: missing" },
        { R"({"nodes":[{"id":"a","type":"Dense","params":{}}],"edges":[]})", "graph.nodes[0].position: missing" },
        { R"({"nodes":[{"id":"a.b","type":"Dense","params":{},"position":[0,0]}],"edges":[]})",
            "graph.nodes[0].id: \"a.b\" is not a valid id: use letters, digits, '_' and '-'" },
        { R"({"nodes":[{"id":"a","type":"ReLU","params":{},"position":[0,0]},
                      {"id":"a","type":"ReLU","params":{},"position":[0,0]}],"edges":[]})",
            "graph.nodes[1].id: 'a' is already the id of graph.nodes[0]" },
        { R"({"nodes":[{"id":"i","type":"ReLU","params":{},"position":[0,0]},
                      {"id":"a","type":"ReLU","params":{},"position":[0,0]},
                      {"id":"b","type":"ReLU","params":{},"position":[0,0]},
                      {"id":"c","type":"Dense","params":{"units":"abc"},"position":[0,0]}],"edges":[]})",
            "graph.nodes[3].params.units: expected a number, got \"abc\"" },
        { R"({"nodes":[{"id":"a","type":"Dense","params":{"units":1.5},"position":[0,0]}],"edges":[]})",
            "graph.nodes[0].params.units: expected a whole number, got 1.5" },
        { R"({"nodes":[{"id":"a","type":"Input","params":{"shape":[1,"x"]},"position":[0,0]}],"edges":[]})",
            "graph.nodes[0].params.shape: expected a list of whole numbers, got [1, \"x\"]" },
        { R"({"nodes":[{"id":"a","type":"Dense","params":{"bias":null},"position":[0,0]}],"edges":[]})",
            "graph.nodes[0].params.bias: expected true or false, got null" },
        { R"({"nodes":[{"id":"a","type":"Dense","params":{},"position":[0]}],"edges":[]})",
            "graph.nodes[0].position: expected [x, y], got [0]" },
        { R"({"nodes":[{"id":"a","type":"Dense","params":{},"position":[0,0],"trainable":"yes"}],"edges":[]})",
            "graph.nodes[0].trainable: expected true or false, got \"yes\"" },
        { R"({"nodes":[{"id":"a","type":"Dense","params":{},"position":[0,0],"l2":-1}],"edges":[]})",
            "graph.nodes[0].l2: a penalty cannot be negative, got -1" },
        { R"({"nodes":[]})", "graph.edges: missing" },
        { R"({"nodes":[],"edges":[{"from":"a","port":0}]})", "graph.edges[0].to: missing" },
        { R"({"nodes":[],"edges":[{"from":"a","to":"b"}]})", "graph.edges[0].port: missing" },
        { R"({"nodes":[],"edges":[{"from":"a","to":"b","port":-1}]})",
            "graph.edges[0].port: expected a port number of 0 or more, got -1" },
        { R"({"nodes":[],"edges":[{"from":"a","to":"b","port":0},{"from":"c","to":"b","port":0}]})",
            "graph.edges[1]: input 0 of 'b' is already connected by graph.edges[0]" },
        { R"({"nodes":[],"edges":[],"output":7})", "graph.output: expected a string, got 7" },
    };
    for (const auto& [json, expected] : cases) {
        NetworkGraphModel model;
        model.addNode(QStringLiteral("Dense"));
        const QByteArray before = text(model);
        int resets = 0;
        QObject context;
        QObject::connect(&model, &NetworkGraphModel::modelReset, &context, [&] { ++resets; });
        QString error;
        EXPECT_FALSE(model.fromJson(parse(json), &error)) << json;
        EXPECT_EQ(error.toStdString(), expected);
        EXPECT_EQ(text(model), before);
        EXPECT_EQ(resets, 0);
    }
}
