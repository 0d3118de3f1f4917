#include "WidgetTestSupport.h"

#include "graph/EdgeItem.h"
#include "graph/GraphScene.h"
#include "graph/NodeItem.h"
#include "graph/PortItem.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace nw;

namespace {

// After every model signal the scene has one card per node at the node's position,
// one curve per edge between the right ports, and (after the coalesced compile)
// each edge labelled with its source's shape.
void expectSceneMatchesModel(GraphScene& scene, const NetworkGraphModel& model)
{
    ASSERT_EQ(scene.nodeItemCount(), model.nodes().size());
    for (const NodeData& node : model.nodes()) {
        NodeItem* item = scene.nodeItem(node.id);
        ASSERT_NE(item, nullptr) << node.id.toStdString();
        EXPECT_EQ(item->pos(), node.position) << node.id.toStdString();
    }
    ASSERT_EQ(scene.edgeItemCount(), model.edges().size());
    for (const EdgeData& edge : model.edges()) {
        EdgeItem* item = scene.edgeItem(edge);
        ASSERT_NE(item, nullptr);
        EXPECT_EQ(item->source(), scene.nodeItem(edge.from));
        EXPECT_EQ(item->target(), scene.nodeItem(edge.to));
        ASSERT_NE(item->target()->inputPort(edge.port), nullptr);
        EXPECT_TRUE(item->target()->inputPort(edge.port)->isConnected());
    }
    int edgeItems = 0;
    for (QGraphicsItem* item : scene.items())
        edgeItems += item->type() == EdgeItem::Type ? 1 : 0;
    EXPECT_EQ(edgeItems, model.edges().size());
}

} // namespace

TEST(GraphScene, MirrorsEveryModelSignal)
{
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    GraphScene scene(&document);
    int checks = 0;
    const auto check = [&] {
        expectSceneMatchesModel(scene, model);
        ++checks;
    };
    QObject guard;
    QObject::connect(&model, &NetworkGraphModel::nodeCreated, &guard, check);
    QObject::connect(&model, &NetworkGraphModel::nodeDeleted, &guard, check);
    QObject::connect(&model, &NetworkGraphModel::nodeUpdated, &guard, check);
    QObject::connect(&model, &NetworkGraphModel::nodePositionUpdated, &guard, check);
    QObject::connect(&model, &NetworkGraphModel::connectionCreated, &guard, check);
    QObject::connect(&model, &NetworkGraphModel::connectionDeleted, &guard, check);
    QObject::connect(&model, &NetworkGraphModel::modelReset, &guard, check);

    test::buildMlp(model);
    model.setNodeParameter(QStringLiteral("fc"), QStringLiteral("units"), 32);
    model.setNodePosition(QStringLiteral("fc"), QPointF(500, 80));
    model.removeEdge({ QStringLiteral("flatten"), QStringLiteral("fc"), 0 });
    model.addEdge({ QStringLiteral("flatten"), QStringLiteral("fc"), 0 });
    model.removeNode(QStringLiteral("flatten"));
    QString error;
    NetworkGraphModel other;
    test::buildMissingFlatten(other);
    ASSERT_TRUE(model.fromJson(other.toJson(), &error)) << error.toStdString();
    model.clear();
    EXPECT_GE(checks, 12);
}

TEST(GraphScene, LabelsEdgesWithShapesAndCardsWithCounts)
{
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    GraphScene scene(&document);
    QSignalSpy compiled(&document, &NetworkDocument::compiled);
    test::buildMlp(model);
    // Many changes, one compile: it runs on the next event-loop turn.
    EXPECT_EQ(compiled.count(), 0);
    QApplication::processEvents();
    EXPECT_EQ(compiled.count(), 1);

    EXPECT_EQ(scene.edgeItem({ QStringLiteral("input"), QStringLiteral("flatten"), 0 })->label(),
        QStringLiteral("1x28x28"));
    EXPECT_EQ(scene.edgeItem({ QStringLiteral("flatten"), QStringLiteral("fc"), 0 })->label(), QStringLiteral("784"));
    EXPECT_EQ(scene.nodeItem(QStringLiteral("fc"))->shapeText(), QStringLiteral("10"));
    EXPECT_EQ(document.compileResult().totalParameters, 784 * 10 + 10);
    EXPECT_FALSE(scene.nodeItem(QStringLiteral("fc"))->hasError());
    EXPECT_EQ(scene.nodeItem(QStringLiteral("fc"))->parameterSummary(), QStringLiteral("units 10"));

    QSignalSpy total(&document, &NetworkDocument::totalParametersChanged);
    model.setNodeParameter(QStringLiteral("fc"), QStringLiteral("units"), 20);
    document.compileNow();
    EXPECT_EQ(document.compileResult().totalParameters, 784 * 20 + 20);
    EXPECT_EQ(total.count(), 1);
    EXPECT_EQ(scene.nodeItem(QStringLiteral("fc"))->parameterSummary(), QStringLiteral("units 20"));
}

TEST(GraphScene, DanglingEdgesFromAFileDrawNothingButAreReported)
{
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    GraphScene scene(&document);
    QJsonObject json = QJsonDocument::fromJson(R"({"nodes":[{"id":"a","type":"Dense","params":{},"position":[0,0]}],
        "edges":[{"from":"ghost","to":"a","port":0}]})").object();
    QString error;
    ASSERT_TRUE(model.fromJson(json, &error)) << error.toStdString();
    document.compileNow();
    EXPECT_EQ(scene.edgeItemCount(), 0);
    EXPECT_TRUE(scene.nodeItem(QStringLiteral("a"))->hasError());
}
