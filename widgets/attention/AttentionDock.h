#pragma once
// The Attention dock's contents: what a sequence network does with the sample on
// show, in two tabs, attention (AttentionPage: heads, all layers, rollout) and
// recurrent states (RecurrentPage: hidden state and gates over the steps). Shows
// what it is given; the AttentionController (app/gui) computes the traces, off
// the GUI thread, and follows the Explain dock's sample.
#include "explain/SequenceTrace.h"

#include <QStringList>
#include <QTabWidget>

#include <memory>

namespace nw {

class AttentionPage;
class RecurrentPage;

class AttentionDock : public QTabWidget {
    Q_OBJECT
public:
    enum Page { AttentionTab, RecurrentTab };

    explicit AttentionDock(QWidget* parent = nullptr);

    AttentionPage* attention() const { return m_attention; }
    RecurrentPage* recurrent() const { return m_recurrent; }

    // Both pages show the trace; a network with only recurrent layers brings the
    // recurrent tab forward (once per kind of network).
    void setTrace(std::shared_ptr<const SequenceTrace> trace, const QStringList& tokens, const QString& caption);
    void setMessage(const QString& message);
    const SequenceTrace* trace() const { return m_trace.get(); }

private:
    AttentionPage* m_attention;
    RecurrentPage* m_recurrent;
    std::shared_ptr<const SequenceTrace> m_trace;
};

} // namespace nw
