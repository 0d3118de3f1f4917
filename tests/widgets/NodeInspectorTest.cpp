#include "WidgetTestSupport.h"

#include "graph/GraphScene.h"
#include "graph/NodeInspector.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>

using namespace nw;

namespace {

struct InspectorFixture : ::testing::Test {
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    QUndoStack& stack = *document.undoStack();
    GraphScene* scene = nullptr;
    NodeInspector inspector;

    void SetUp() override
    {
        test::buildMlp(model);
        scene = new GraphScene(&document, &document);
        inspector.setGraphScene(scene);
        inspector.setUndoStack(&stack);
        scene->selectNodes({ QStringLiteral("fc") });
        document.compileNow();
    }
};

} // namespace

TEST_F(InspectorFixture, FollowsTheSelection)
{
    EXPECT_EQ(inspector.nodeId(), QStringLiteral("fc"));
    auto* units = qobject_cast<QSpinBox*>(inspector.editor(QStringLiteral("units")));
    ASSERT_NE(units, nullptr);
    EXPECT_EQ(units->value(), 10);
    EXPECT_EQ(units->minimum(), 1);
    EXPECT_NE(qobject_cast<QCheckBox*>(inspector.editor(QStringLiteral("bias"))), nullptr);
    EXPECT_NE(qobject_cast<QComboBox*>(inspector.editor(QStringLiteral("init"))), nullptr);
    EXPECT_TRUE(inspector.statusText().contains(QStringLiteral("7,850")));

    scene->selectNodes({ QStringLiteral("input") });
    EXPECT_EQ(inspector.nodeId(), QStringLiteral("input"));
    auto* shape = qobject_cast<QLineEdit*>(inspector.editor(QStringLiteral("shape")));
    ASSERT_NE(shape, nullptr);
    EXPECT_EQ(shape->text(), QStringLiteral("1x28x28"));

    scene->clearSelection();
    EXPECT_TRUE(inspector.nodeId().isEmpty());
}

TEST_F(InspectorFixture, ParameterChangeIsUndoable)
{
    auto* units = qobject_cast<QSpinBox*>(inspector.editor(QStringLiteral("units")));
    units->setValue(64);
    EXPECT_EQ(model.node(QStringLiteral("fc"))->params.value(QStringLiteral("units")).toInt(), 64);
    EXPECT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_EQ(model.node(QStringLiteral("fc"))->params.value(QStringLiteral("units")).toInt(), 10);
    // The editor follows the model, so undo shows up in the inspector.
    EXPECT_EQ(units->value(), 10);
    stack.redo();
    EXPECT_EQ(units->value(), 64);
}

TEST_F(InspectorFixture, ShapeLineEditParsesAndRefusesGarbage)
{
    scene->selectNodes({ QStringLiteral("input") });
    auto* shape = qobject_cast<QLineEdit*>(inspector.editor(QStringLiteral("shape")));
    shape->setText(QStringLiteral("3x32x32"));
    Q_EMIT shape->editingFinished();
    EXPECT_EQ(model.node(QStringLiteral("input"))->params.value(QStringLiteral("shape")).toList(),
        (QVariantList { 3, 32, 32 }));
    EXPECT_EQ(stack.count(), 1);
    shape->setText(QStringLiteral("3 by 32"));
    Q_EMIT shape->editingFinished();
    EXPECT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_EQ(shape->text(), QStringLiteral("1x28x28"));
}

TEST_F(InspectorFixture, TrainableAndPenaltiesAreUndoable)
{
    inspector.trainableBox()->setChecked(false);
    EXPECT_FALSE(model.node(QStringLiteral("fc"))->trainable);
    stack.undo();
    EXPECT_TRUE(model.node(QStringLiteral("fc"))->trainable);
    EXPECT_TRUE(inspector.trainableBox()->isChecked());
}
