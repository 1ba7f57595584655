/**
 * The one part of jStat (https://github.com/jstat/jstat) the aggregation uses. jStat ships no types and
 * there is no @types/jstat, so the signatures are declared here, as narrowly as they are used.
 */
declare module "jstat" {
  type StudentT = {
    /** The p-quantile of Student's t with `dof` degrees of freedom (any positive real `dof`). */
    inv(p: number, dof: number): number;
    /** P(T ≤ x) for Student's t with `dof` degrees of freedom. */
    cdf(x: number, dof: number): number;
  };
  const jStat: { studentt: StudentT };
  export default jStat;
}
