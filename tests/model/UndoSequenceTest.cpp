// A seeded random editing session of every kind of command, undone step by step
// back to the start and redone to the end: the strongest check that each command
// restores the document exactly, in any combination (merges and dropped
// commands included).
#include "model/Blocks.h"
#include "model/commands/AddNodeCommand.h"
#include "model/commands/AutoLayoutCommand.h"
#include "model/commands/ConnectCommand.h"
#include "model/commands/DisconnectCommand.h"
#include "model/commands/InsertBlockCommand.h"
#include "model/commands/MoveNodesCommand.h"
#include "model/commands/PasteCommand.h"
#include "model/commands/RemoveItemsCommand.h"
#include "model/commands/SetNodeFlagsCommand.h"
#include "model/commands/SetParameterCommand.h"
#include "model/GraphClipboard.h"
#include "model/LayerRegistry.h"
#include "UndoTestSupport.h"

#include <algorithm>
#include <map>
#include <random>

using namespace nw;
using namespace nw::test;

namespace {

enum class Edit { Add, Remove, Move, Connect, Disconnect, Parameter, Flags, Paste, Layout, Block };
constexpr int kEditKinds = 10;

class RandomEditor {
public:
    RandomEditor(NetworkGraphModel& model, unsigned seed)
        : m_model(model)
        , m_rng(seed)
    {
    }

    int below(int n) { return n <= 0 ? 0 : std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    double between(double a, double b) { return std::uniform_real_distribution<double>(a, b)(m_rng); }

    QString anyNode()
    {
        const QStringList ids = m_model.nodeIds();
        return ids.isEmpty() ? QString() : ids[below(int(ids.size()))];
    }

    QStringList someNodes(int most)
    {
        QStringList ids = m_model.nodeIds();
        std::shuffle(ids.begin(), ids.end(), m_rng);
        return ids.mid(0, 1 + below(most));
    }

    QUndoCommand* make(Edit edit)
    {
        if (m_model.nodes().size() < 2)
            edit = Edit::Add;
        switch (edit) {
        case Edit::Add: {
            const QStringList types = m_model.registry().typeNames();
            return new AddNodeCommand(
                &m_model, types[below(int(types.size()))], { between(-500, 500), between(-500, 500) });
        }
        case Edit::Remove: {
            QVector<EdgeData> edges;
            if (!m_model.edges().isEmpty() && below(2))
                edges << m_model.edges()[below(int(m_model.edges().size()))];
            return new RemoveItemsCommand(&m_model, someNodes(2), edges);
        }
        case Edit::Move: {
            // Sometimes the selection of the last move again, which must merge.
            if (m_lastMove.isEmpty() || below(2))
                m_lastMove = someNodes(3);
            QHash<QString, QPointF> from, to;
            const QPointF delta(between(-50, 50), between(-50, 50));
            for (const QString& id : std::as_const(m_lastMove)) {
                if (!m_model.hasNode(id))
                    continue;
                from.insert(id, m_model.node(id)->position);
                to.insert(id, m_model.node(id)->position + delta);
            }
            return new MoveNodesCommand(&m_model, from, to);
        }
        case Edit::Connect:
            return new ConnectCommand(&m_model, { anyNode(), anyNode(), below(2) });
        case Edit::Disconnect:
            if (m_model.edges().isEmpty())
                return new ConnectCommand(&m_model, { anyNode(), anyNode(), 0 });
            return new DisconnectCommand(&m_model, m_model.edges()[below(int(m_model.edges().size()))]);
        case Edit::Parameter:
            return parameterEdit();
        case Edit::Flags:
            return new SetNodeFlagsCommand(&m_model, anyNode(), below(2) == 1, below(3) * 0.001, below(3) * 0.01);
        case Edit::Paste:
            return new PasteCommand(
                &m_model, GraphClipboard::copy(m_model, someNodes(4)), { between(0, 300), between(0, 300) });
        case Edit::Layout:
            return new AutoLayoutCommand(&m_model);
        case Edit::Block: {
            const QStringList names = Blocks::names();
            return new InsertBlockCommand(&m_model, names[below(int(names.size()))],
                { between(-500, 500), between(-500, 500) }, below(2) ? anyNode() : QString());
        }
        }
        return nullptr;
    }

private:
    QUndoCommand* parameterEdit()
    {
        // A node with parameters; several tries, then any node (the edit is refused and dropped).
        for (int attempt = 0; attempt < 10; ++attempt) {
            const QString id = anyNode();
            const LayerSpec* spec = m_model.registry().spec(m_model.node(id)->type);
            if (!spec || spec->parameters.isEmpty())
                continue;
            const ParameterSpec& p = spec->parameters[below(int(spec->parameters.size()))];
            QVariant value;
            switch (p.kind) {
            case ParameterKind::Int:
                value = int(p.minimum) + below(int(std::min(p.maximum - p.minimum, 64.0)) + 1);
                break;
            case ParameterKind::Double:
                value = between(p.minimum, p.maximum);
                break;
            case ParameterKind::Bool:
                value = below(2) == 1;
                break;
            case ParameterKind::Enum:
                value = p.choices[below(int(p.choices.size()))];
                break;
            case ParameterKind::IntList: {
                QVariantList list;
                for (int i = 0, n = 1 + below(3); i < n; ++i)
                    list << 1 + below(32);
                value = list;
                break;
            }
            }
            return new SetParameterCommand(&m_model, id, p.name, value);
        }
        return new SetParameterCommand(&m_model, anyNode(), QStringLiteral("units"), 7);
    }

    NetworkGraphModel& m_model;
    std::mt19937 m_rng;
    QStringList m_lastMove;
};

} // namespace

class UndoSequence : public ::testing::TestWithParam<unsigned> { };

TEST_P(UndoSequence, UndoAllRestoresStartAndRedoAllRestoresEnd)
{
    NetworkGraphModel model;
    buildSmallCnn(model);
    RandomEditor editor(model, GetParam());
    QUndoStack stack;

    // Every kind three times, in a seeded order.
    std::vector<Edit> edits;
    for (int round = 0; round < 3; ++round)
        for (int k = 0; k < kEditKinds; ++k)
            edits.push_back(Edit(k));
    std::shuffle(edits.begin(), edits.end(), std::mt19937(GetParam() * 7919u));
    ASSERT_EQ(edits.size(), 30u);

    // The document after each undo step (a merged or dropped command overwrites
    // or keeps its entry, exactly as the stack keeps its steps).
    std::map<int, std::string> states { { 0, jsonText(model) } };
    for (Edit edit : edits) {
        stack.push(editor.make(edit));
        states[stack.index()] = jsonText(model);
        ASSERT_EQ(stack.index(), stack.count());
    }
    const int steps = stack.count();
    EXPECT_GE(steps, 15) << "most edits should be real steps";
    const std::string end = jsonText(model);

    while (stack.canUndo()) {
        stack.undo();
        ASSERT_EQ(jsonText(model), states.at(stack.index())) << "after undoing to step " << stack.index();
    }
    EXPECT_EQ(jsonText(model), states.at(0));
    while (stack.canRedo()) {
        stack.redo();
        ASSERT_EQ(jsonText(model), states.at(stack.index())) << "after redoing to step " << stack.index();
    }
    EXPECT_EQ(jsonText(model), end);
    std::printf("seed %u: %d undo steps, %lld nodes, %lld edges at the end\n", GetParam(), steps,
        static_cast<long long>(model.nodes().size()), static_cast<long long>(model.edges().size()));
}

INSTANTIATE_TEST_SUITE_P(Seeds, UndoSequence, ::testing::Values(1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u));
