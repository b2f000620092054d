namespace MsiDynamics.Emulators.Dataverse.Pipeline.Execution;

/// <summary>
/// Runs several requests as one transaction, as ExecuteTransaction and a Web API change set or UpdateMultiple
/// do (dataverse.md §6): every request the work sends joins the transaction instead of opening its own;
/// the transaction commits when the work returns true and rolls back when it returns false or throws. The
/// organisation is held for the duration, and the asynchronous steps the commit releases run afterwards.
/// </summary>
internal sealed class TransactionRunner(OrganizationRuntime org, Action drainAsynchronous)
{
    public bool Run(Func<bool> work)
    {
        lock (org.Gate)
        {
            org.ActiveCalls++;
            var ownsTransaction = !org.Store.InTransaction;
            try
            {
                if (ownsTransaction)
                {
                    org.BeginTransaction();
                }

                var commit = work();
                if (ownsTransaction)
                {
                    Finish(commit);
                }

                return commit;
            }
            catch when (ownsTransaction)
            {
                org.Rollback();
                throw;
            }
            finally
            {
                if (org.ActiveCalls == 1)
                {
                    drainAsynchronous();
                }

                org.ActiveCalls--;
            }
        }
    }

    private void Finish(bool commit)
    {
        if (commit)
        {
            org.Commit();
        }
        else
        {
            org.Rollback();
        }
    }
}
