// The decision field of a 2-D classifier (core/training/DecisionField) and the
// widget that paints it: grid order, classes at obvious points of a trained
// model, one-logit and Softmax outputs, painting and clicking samples.
#include "charts/DecisionBoundaryWidget.h"
#include "style/ClassPalette.h"
#include "training/DecisionField.h"

#include "engine/EngineError.h"
#include "engine/Graph.h"
#include "engine/Rng.h"
#include "engine/TensorBatchSource.h"
#include "engine/ThreadPool.h"
#include "engine/Trainer.h"
#include "engine/layers/Activation.h"
#include "engine/layers/Dense.h"
#include "engine/layers/Softmax.h"
#include "engine/losses/SoftmaxCrossEntropy.h"
#include "engine/optim/Adam.h"
#include "engine/optim/LearningRateSchedule.h"

#include <gtest/gtest.h>

#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

using namespace nw;

namespace {

// Field value of the cell that contains `point`.
float probabilityAt(const DecisionField& field, QPointF point)
{
    const int c = int((point.x() - field.domain.left()) / field.domain.width() * field.columns);
    const int r = int((point.y() - field.domain.top()) / field.domain.height() * field.rows);
    return field.probabilities[r * field.columns + c];
}

void setParameter(Graph& graph, const std::string& name, std::vector<float> values)
{
    for (const NamedParameter& p : graph.namedParameters())
        if (p.name == name) {
            ASSERT_EQ(p.param->value.size(), values.size()) << name;
            std::copy(values.begin(), values.end(), p.param->value.data());
            return;
        }
    FAIL() << "no parameter " << name;
}

} // namespace

TEST(DecisionField, GridPointsAreCellCentresRowByRowFromTheBottom)
{
    const QVector<QPointF> grid = DecisionBoundaryWidget::gridPoints(QRectF(-1.0, -2.0, 2.0, 4.0), 2, 4);
    ASSERT_EQ(grid.size(), 8);
    EXPECT_EQ(grid[0], QPointF(-0.5, -1.5));
    EXPECT_EQ(grid[1], QPointF(0.5, -1.5));
    EXPECT_EQ(grid[2], QPointF(-0.5, -0.5));
    EXPECT_EQ(grid[7], QPointF(0.5, 1.5));
    EXPECT_TRUE(decisionGridPoints(QRectF(0, 0, 1, 1), 0, 3).isEmpty());
}

TEST(DecisionField, TrainedModelSeparatesTheHalves)
{
    // Class 1 right of the line x + y = 0, class 0 left of it.
    const int n = 400;
    Tensor inputs(Shape{n, 2});
    Tensor targets(Shape{n});
    Rng rng(7);
    for (int i = 0; i < n; ++i) {
        const float x = rng.uniform(-1.0f, 1.0f), y = rng.uniform(-1.0f, 1.0f);
        inputs[std::size_t(2 * i)] = x;
        inputs[std::size_t(2 * i + 1)] = y;
        targets[std::size_t(i)] = x + y > 0.0f ? 1.0f : 0.0f;
    }
    const TensorBatchSource data(std::move(inputs), std::move(targets));
    Graph graph;
    graph.addInput("x", {2});
    graph.addNode("hidden", std::make_unique<Dense>(8), {"x"});
    graph.addNode("act", std::make_unique<Activation>(ActivationKind::Tanh), {"hidden"});
    graph.addNode("out", std::make_unique<Dense>(2), {"act"});
    ASSERT_TRUE(graph.compile().ok());
    graph.initialize(3);
    ThreadPool pool(2);
    SoftmaxCrossEntropy loss;
    Adam adam;
    LearningRateSchedule schedule({.learningRate = 0.02f});
    Trainer trainer(graph, loss, adam, schedule, pool, {.epochs = 40, .batchSize = 32, .seed = 5});
    trainer.fit(data);

    const QRectF domain(-1.0, -1.0, 2.0, 2.0);
    const DecisionField field = computeDecisionField(graph, pool, domain, 40, 30);
    EXPECT_EQ(field.columns, 40);
    EXPECT_EQ(field.rows, 30);
    EXPECT_EQ(field.classes, 2);
    ASSERT_EQ(field.probabilities.size(), 40 * 30);
    EXPECT_GT(probabilityAt(field, QPointF(0.8, 0.8)), 0.9f);
    EXPECT_GT(probabilityAt(field, QPointF(0.9, -0.3)), 0.7f);
    EXPECT_LT(probabilityAt(field, QPointF(-0.8, -0.8)), 0.1f);
    EXPECT_LT(probabilityAt(field, QPointF(-0.9, 0.3)), 0.3f);
    for (float p : field.probabilities)
        ASSERT_TRUE(p >= 0.0f && p <= 1.0f);

    DecisionBoundaryWidget widget;
    EXPECT_TRUE(widget.setField(field));
    EXPECT_TRUE(widget.hasField());
    EXPECT_EQ(widget.fieldImage().size(), QSize(40, 30));
    // Image row 0 is the top of the plane (large y): top right is class 1 (blue).
    const QColor topRight = widget.fieldImage().pixelColor(39, 0);
    const QColor bottomLeft = widget.fieldImage().pixelColor(0, 29);
    EXPECT_GT(topRight.blue(), topRight.red());
    EXPECT_GT(bottomLeft.red(), bottomLeft.blue());
}

TEST(DecisionField, OneLogitThreeClassesAndSoftmaxOutputs)
{
    ThreadPool pool(1);
    const QRectF domain(-2.0, -2.0, 4.0, 4.0);
    {
        // One logit, x itself: sigmoid(x).
        Graph graph;
        graph.addInput("x", {2});
        graph.addNode("out", std::make_unique<Dense>(1), {"x"});
        ASSERT_TRUE(graph.compile().ok());
        setParameter(graph, "out.weight", {4.0f, 0.0f});
        setParameter(graph, "out.bias", {0.0f});
        const DecisionField field = computeDecisionField(graph, pool, domain, 8, 8);
        EXPECT_EQ(field.classes, 2);
        EXPECT_GT(probabilityAt(field, QPointF(1.5, 0.0)), 0.99f);
        EXPECT_LT(probabilityAt(field, QPointF(-1.5, 0.0)), 0.01f);
    }
    {
        // Three classes, ending in Softmax: scores -x, 0, x.
        Graph graph;
        graph.addInput("x", {2});
        graph.addNode("fc", std::make_unique<Dense>(3), {"x"});
        graph.addNode("out", std::make_unique<Softmax>(), {"fc"});
        ASSERT_TRUE(graph.compile().ok());
        setParameter(graph, "fc.weight", {-3.0f, 0.0f, 0.0f, 0.0f, 3.0f, 0.0f});
        setParameter(graph, "fc.bias", {0.0f, 0.0f, 0.0f});
        const DecisionField field = computeDecisionField(graph, pool, domain, 8, 4);
        EXPECT_EQ(field.classes, 3);
        ASSERT_EQ(field.probabilities.size(), 8 * 4 * 3);
        const float* left = field.probabilities.constData() + (1 * 8 + 0) * 3;
        const float* middle = field.probabilities.constData() + (1 * 8 + 4) * 3;
        const float* right = field.probabilities.constData() + (1 * 8 + 7) * 3;
        EXPECT_GT(left[0], 0.9f);
        EXPECT_NEAR(left[0] + left[1] + left[2], 1.0f, 1e-5f);
        EXPECT_GT(middle[1], middle[0]);
        EXPECT_GT(right[2], 0.9f);

        DecisionBoundaryWidget widget;
        EXPECT_TRUE(widget.setField(field));
        EXPECT_FALSE(widget.setField(domain, 8, 4, field.probabilities.mid(1), 3)) << "sizes disagree";
        EXPECT_FALSE(widget.hasField());
    }
    {
        Graph graph;
        graph.addInput("x", {3});
        graph.addNode("out", std::make_unique<Dense>(2), {"x"});
        ASSERT_TRUE(graph.compile().ok());
        EXPECT_THROW(computeDecisionField(graph, pool, domain, 4, 4), EngineError);
    }
}

TEST(DecisionBoundaryWidget, PaintsAndReportsClickedSamples)
{
    DecisionBoundaryWidget widget;
    widget.resize(400, 420);
    QImage empty(widget.size(), QImage::Format_ARGB32);
    widget.render(&empty); // the placeholder, without points or field

    const QVector<QPointF> train{{-0.5, -0.5}, {0.5, 0.5}, {0.6, -0.2}};
    const QVector<QPointF> test{{-0.4, 0.6}, {0.2, 0.1}};
    widget.setPoints(train, {0, 1, 1}, test, {0, 1});
    widget.setClassNames({QStringLiteral("orange"), QStringLiteral("blue")});
    const QRectF domain(-1.0, -1.0, 2.0, 2.0);
    QVector<float> probabilities;
    for (const QPointF& p : DecisionBoundaryWidget::gridPoints(domain, 20, 20))
        probabilities.append(p.x() + p.y() > 0 ? 0.9f : 0.1f);
    ASSERT_TRUE(widget.setField(domain, 20, 20, probabilities, 2));
    widget.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));

    QImage image(widget.size(), QImage::Format_ARGB32);
    widget.render(&image);
    // A training dot is painted in its class colour.
    const QPoint dot = widget.mapToWidget(train[1]).toPoint();
    EXPECT_EQ(image.pixelColor(dot), ClassPalette::colour(1));
    // The field behind it: blueish on the class-1 side, orangey on the other.
    const QColor blueSide = image.pixelColor(widget.mapToWidget(QPointF(0.8, 0.8)).toPoint());
    const QColor orangeSide = image.pixelColor(widget.mapToWidget(QPointF(-0.8, -0.8)).toPoint());
    EXPECT_GT(blueSide.blue(), blueSide.red());
    EXPECT_GT(orangeSide.red(), orangeSide.blue());
    // Equal scales: a unit in x is as long as a unit in y.
    const QPointF o = widget.mapToWidget({0, 0}), ux = widget.mapToWidget({1, 0}), uy = widget.mapToWidget({0, 1});
    EXPECT_NEAR(ux.x() - o.x(), o.y() - uy.y(), 1e-6);

    QSignalSpy clicked(&widget, &DecisionBoundaryWidget::sampleClicked);
    QTest::mouseClick(&widget, Qt::LeftButton, {}, widget.mapToWidget(test[0]).toPoint() + QPoint(2, 1));
    QTest::mouseClick(&widget, Qt::LeftButton, {}, widget.mapToWidget(train[2]).toPoint());
    QTest::mouseClick(&widget, Qt::LeftButton, {}, widget.mapToWidget(QPointF(-0.9, 0.9)).toPoint()); // nothing
    ASSERT_EQ(clicked.count(), 2);
    EXPECT_EQ(clicked[0][0].toInt(), 0);
    EXPECT_TRUE(clicked[0][1].toBool());
    EXPECT_EQ(clicked[1][0].toInt(), 2);
    EXPECT_FALSE(clicked[1][1].toBool());

    widget.clearField();
    widget.resize(120, 90); // too small for a plot: paints without a crash
    widget.render(&image);
}
